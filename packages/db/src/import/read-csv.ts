// CSV files, one per kind (RFC 4180 through csv-parse: quoted cells may hold commas, quotes and
// line breaks). The header names the columns: the kind's fields by GraphQL name, `key`,
// `description`, `aliases`, and the provenance columns; links.csv has the link's columns instead.
// Headers match ignoring case, spaces and punctuation ("Start date" is startDate). An empty cell
// means "not given": an import never clears a stored value from CSV.
import { parse } from "csv-parse/sync";
import type { CitationInput } from "../edits/citations.ts";
import type { Issue } from "../edits/edit-error.ts";
import { ENTITY_FIELDS, type EntityKindName } from "../edits/entity-fields.ts";
import { coerceValue, parseAlias, splitList } from "./coerce-value.ts";
import type { RowKind } from "./file-kind.ts";
import { ImportFormatError, type ImportProblem, type ImportRow } from "./import-types.ts";

const PROVENANCE = ["source", "source_title", "source_url", "source_publisher", "passage"];
export const LINK_COLUMNS = ["type", "from", "to", "role", "capacity", "startDate", "endDate", "asOf", "note"];

const canonical = (header: string) => header.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The columns a file of this kind may have, in the order templates show them. */
export function csvColumns(kind: RowKind): string[] {
  if (kind === "LINK") return [...LINK_COLUMNS, ...PROVENANCE];
  return ["key", ...Object.keys(ENTITY_FIELDS[kind]), "description", "aliases", ...PROVENANCE];
}

export function readCsv(name: string, content: string, kind: RowKind): { rows: ImportRow[]; problems: ImportProblem[] } {
  let records: string[][];
  try {
    records = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new ImportFormatError(`${name}: not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => !h.trim())) throw new ImportFormatError(`${name}: the file is empty: the first line must name the columns`);

  const problems: ImportProblem[] = [];
  const allowed = new Map(csvColumns(kind).map((c) => [canonical(c), c]));
  const columns: (string | null)[] = [];
  const written = new Map<string, string>();
  const firstAt = new Map<string, number>();
  header.forEach((raw, i) => {
    const h = raw.trim();
    const column = allowed.get(canonical(h));
    columns.push(h ? (column ?? null) : null);
    if (!h) return;
    if (!column) {
      const what = kind === "LINK" ? "links.csv" : `a ${kind.toLowerCase()} file`;
      problems.push({ file: name, row: 0, column: h, message: `is not a column of ${what}; the columns are ${csvColumns(kind).join(", ")}` });
    } else if (written.has(column)) {
      problems.push({ file: name, row: 0, column: h, message: `repeats column ${firstAt.get(column)! + 1} ("${written.get(column)}")` });
      columns[i] = null;
    } else {
      written.set(column, h);
      firstAt.set(column, i);
    }
  });

  const columnOf = (path: readonly string[]): string => {
    const named = (c: string) => written.get(c) ?? c;
    if (!path.length) return "";
    if (path[0] === "sources") {
      if (path[2] === "newSource") return named(`source_${path[3] ?? "title"}`);
      if (path[2] === "passage") return named("passage");
      return named("source");
    }
    return named(path[0]!);
  };

  const headers = header.map((h) => h.trim());
  const columnRank = (column: string) => (column ? headers.indexOf(column) >>> 0 : -1); // unknown columns last

  const rows: ImportRow[] = [];
  data.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return; // a blank line: nothing to import, but it keeps its number
    const row = i + 1;
    const issues: Issue[] = [];
    if (cells.length !== header.length) issues.push({ path: [], message: `has ${cells.length} cells where the header has ${header.length}: check the quotes and commas` });
    const values: Record<string, string> = {};
    cells.forEach((cell, c) => {
      const column = columns[c];
      const value = cell.trim();
      if (value && column) values[column] = value;
      else if (value && c >= header.length) return; // counted above
      else if (value && !header[c]?.trim()) issues.push({ path: [], message: `has a value in column ${c + 1}, which has no header` });
    });
    const sources = citation(values);
    const place = { file: name, row, columnOf, columnRank, issues, sources };
    if (kind === "LINK") {
      const fields = Object.fromEntries(LINK_COLUMNS.slice(4).filter((f) => values[f] !== undefined).map((f) => [f, values[f]!]));
      rows.push({ ...place, type: "link", linkType: values.type ?? "", from: values.from ?? "", to: values.to ?? "", role: values.role ?? "", fields });
      return;
    }
    const fields: Record<string, unknown> = {};
    for (const [field, spec] of Object.entries(ENTITY_FIELDS[kind as EntityKindName])) {
      if (values[field] !== undefined) fields[field] = coerceValue(spec, values[field]);
    }
    rows.push({
      ...place,
      type: "entity",
      kind,
      key: values.key,
      fields,
      description: values.description,
      aliases: values.aliases === undefined ? undefined : splitList(values.aliases).map(parseAlias),
    });
  });
  return { rows, problems };
}

/** One citation per row: an existing source by key, or a new one by title (and address). */
function citation(values: Record<string, string>): CitationInput[] {
  const c: CitationInput = {};
  if (values.source) c.source = values.source;
  if (values.source_title || values.source_url || values.source_publisher) {
    c.newSource = { title: values.source_title ?? "", url: values.source_url ?? null, publisher: values.source_publisher ?? null };
  }
  if (values.passage) c.passage = values.passage;
  return Object.keys(c).length ? [c] : [];
}
