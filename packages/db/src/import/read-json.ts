// JSON files: `{ "entities": [...], "links": [...] }`, each entity with its `kind` and its fields
// by GraphQL name, each link with type, from, to and role; both with `sources`. Problems name the
// list as the file's fragment (`data.json#links`), the 1-based item as the row, and the property
// path as the column (`sources.0.source`). Unlike CSV, `null` clears a stored optional value.
import type { CitationInput } from "../edits/citations.ts";
import type { Issue } from "../edits/edit-error.ts";
import { ALIAS_KINDS, ENTITY_FIELDS, type EntityKindName } from "../edits/entity-fields.ts";
import type { AliasInput } from "../edits/validate-entity.ts";
import { coerceValue, matchEnum } from "./coerce-value.ts";
import { parseRowKind, type RowKind } from "./file-kind.ts";
import { LINK_COLUMNS } from "./read-csv.ts";
import { ImportFormatError, type ImportProblem, type ImportRow } from "./import-types.ts";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const columnOf = (path: readonly string[]) => path.join(".");

export function readJson(name: string, content: string, defaultKind: RowKind | null | undefined): { rows: ImportRow[]; problems: ImportProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ImportFormatError(`${name}: not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw new ImportFormatError(`${name}: must be an object: { "entities": [...], "links": [...] }`);
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  for (const key of Object.keys(data)) {
    if (key !== "entities" && key !== "links") problems.push({ file: name, row: 0, column: key, message: 'is not part of an import: give "entities" and "links"' });
  }
  for (const list of ["entities", "links"] as const) {
    const items = data[list];
    if (items === undefined) continue;
    const file = `${name}#${list}`;
    if (!Array.isArray(items)) {
      problems.push({ file: name, row: 0, column: list, message: "must be a list" });
      continue;
    }
    items.forEach((item, i) => {
      if (!isObject(item)) return void problems.push({ file, row: i + 1, column: "", message: "must be an object" });
      const issues: Issue[] = [];
      const keys = Object.keys(item);
      const columnRank = (column: string) => (column ? keys.indexOf(column.split(".")[0]!) >>> 0 : -1);
      const place = { file, row: i + 1, columnOf, columnRank, issues, sources: citations(item.sources, issues) };
      if (list === "links") {
        const text = (field: string) => (typeof item[field] === "string" ? (item[field] as string) : item[field] == null ? "" : String(item[field]));
        const fields: Record<string, string | null> = {};
        for (const [field, value] of Object.entries(item)) {
          if (LINK_COLUMNS.slice(4).includes(field)) fields[field] = value === null ? null : text(field);
          else if (!LINK_COLUMNS.includes(field) && field !== "sources") {
            issues.push({ path: [field], message: `is not a property of a link (${[...LINK_COLUMNS, "sources"].join(", ")})` });
          }
        }
        rows.push({ ...place, type: "link", linkType: text("type"), from: text("from"), to: text("to"), role: text("role"), fields });
        return;
      }
      const kind = typeof item.kind === "string" ? parseRowKind(item.kind) : (defaultKind ?? null);
      if (!kind || kind === "LINK") {
        const message = item.kind === undefined ? "is required: PERSON, COUNTRY, CITY, ORGANISATION, SESSION, RESOURCE or THEME" : `must be PERSON, COUNTRY, CITY, ORGANISATION, SESSION, RESOURCE or THEME, got ${JSON.stringify(item.kind)}`;
        return void problems.push({ file, row: i + 1, column: "kind", message });
      }
      const { kind: _kind, key, description, aliases, sources: _sources, ...rest } = item;
      const specs = ENTITY_FIELDS[kind as EntityKindName];
      const fields = Object.fromEntries(Object.entries(rest).map(([field, value]) => [field, specs[field] ? coerceValue(specs[field], value) : value]));
      if (key !== undefined && key !== null && typeof key !== "string") issues.push({ path: ["key"], message: "must be text" });
      if (description !== undefined && description !== null && typeof description !== "string") issues.push({ path: ["description"], message: "must be text" });
      rows.push({
        ...place,
        type: "entity",
        kind,
        key: typeof key === "string" ? key.trim() || undefined : undefined,
        fields,
        description: typeof description === "string" || description === null ? description : undefined,
        aliases: aliasList(aliases, issues),
      });
    });
  }
  return { rows, problems };
}

function aliasList(value: unknown, issues: Issue[]): AliasInput[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return void issues.push({ path: ["aliases"], message: 'must be a list of names or { "name", "kind" } objects' });
  return value.flatMap((a, i): AliasInput[] => {
    if (typeof a === "string") return [{ name: a, kind: "SPELLING_VARIANT" }];
    if (isObject(a) && typeof a.name === "string") return [{ name: a.name, kind: typeof a.kind === "string" ? matchEnum(a.kind, ALIAS_KINDS) : "SPELLING_VARIANT" }];
    issues.push({ path: ["aliases", String(i)], message: 'must be a name or a { "name", "kind" } object' });
    return [];
  });
}

/** A list of { source | newSource, passage }; a plain string is a source's key. */
function citations(value: unknown, issues: Issue[]): CitationInput[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.push({ path: ["sources"], message: 'must be a list of { "source": key, "passage": ... } or { "newSource": { "title", "url" }, "passage": ... }' });
    return [];
  }
  return value.map((c, i) => {
    if (typeof c === "string") return { source: c };
    if (isObject(c)) return c as CitationInput;
    issues.push({ path: ["sources", String(i)], message: "must be an object or a source's key" });
    return {};
  });
}
