// Checks an entity's input against its kind's fields (entity-fields.ts) and turns it into
// column values. Collects every problem before failing, so one answer lists them all.
import { normaliseWhitespace } from "../text/normalise.ts";
import { ALIAS_KINDS, ENTITY_FIELDS, type EntityKindName, type FieldSpec } from "./entity-fields.ts";
import { EditError, type Issue } from "./edit-error.ts";

export interface AliasInput {
  name: string;
  kind: string;
}

export interface EntityInput {
  /** Field values by GraphQL name; null clears a field (in a patch). */
  fields: Record<string, unknown>;
  description?: string | null;
  aliases?: AliasInput[] | null;
}

export interface ValidEntity {
  label?: string;
  /** Detail-table columns to write. */
  columns: Record<string, unknown>;
  description?: string | null;
  aliases?: AliasInput[];
}

// Any Prisma client or transaction: the two databases' clients differ only in types.
type Tx = any;

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function validDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (!m[3]) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]); // 2019-02-30 is not a day
}

function checkValue(spec: FieldSpec, raw: unknown, path: string[], issues: Issue[]): unknown {
  const problem = (message: string) => void issues.push({ path, message });
  switch (spec.type) {
    case "string":
    case "text": {
      if (typeof raw !== "string") return problem("must be text");
      const value = spec.type === "string" ? normaliseWhitespace(raw) : raw.trim();
      if (!value) return problem("must not be empty (use null to clear it)");
      if (value.length > spec.max) return problem(`must be at most ${spec.max} characters, got ${value.length}`);
      if (path[0] === "code" && !/^[A-Z]{2}$/.test(value)) return problem(`must be two capital letters (ISO 3166-1 alpha-2), got "${value}"`);
      return value;
    }
    case "int":
    case "float": {
      if (typeof raw !== "number" || !Number.isFinite(raw) || (spec.type === "int" && !Number.isInteger(raw))) {
        return problem(`must be ${spec.type === "int" ? "a whole number" : "a number"}`);
      }
      if (raw < spec.min || raw > spec.max) return problem(`must be from ${spec.min} to ${spec.max}, got ${raw}`);
      return raw;
    }
    case "date":
      if (typeof raw !== "string" || !validDate(raw)) return problem(`must be a date like 2019, 2019-08 or 2019-08-21, got ${JSON.stringify(raw)}`);
      return raw;
    case "url":
      try {
        const url = new URL(String(raw));
        if (url.protocol !== "http:" && url.protocol !== "https:") return problem("must be an http or https address");
        return url.toString();
      } catch {
        return problem(`must be a web address, got ${JSON.stringify(raw)}`);
      }
    case "lines": {
      if (!Array.isArray(raw) || raw.some((l) => typeof l !== "string")) return problem("must be a list of texts");
      const lines = raw.map((l: string) => normaliseWhitespace(l)).filter(Boolean);
      if (lines.length > spec.max) return problem(`must have at most ${spec.max} items`);
      return lines.length ? lines.join("\n") : null;
    }
    case "enum":
      if (typeof raw !== "string" || !spec.values.includes(raw)) return problem(`must be one of ${spec.values.join(", ")}, got ${JSON.stringify(raw)}`);
      return raw;
    case "ref":
      if (typeof raw !== "string" || !raw.trim()) return problem("must be the key of an entity");
      return raw.trim();
  }
}

/**
 * Validates a create (every required field present) or a patch (only the fields given; null
 * clears an optional field). References are checked against the database: they must name a live
 * entity of the right kind, through `tx` (a client or an open transaction, so that rows written
 * earlier in the same transaction count).
 */
export async function validateEntity(tx: Tx, kind: EntityKindName, input: EntityInput, mode: "create" | "patch"): Promise<ValidEntity> {
  const specs = ENTITY_FIELDS[kind];
  const issues: Issue[] = [];
  const columns: Record<string, unknown> = {};
  let label: string | undefined;
  for (const field of Object.keys(input.fields)) {
    if (!specs[field]) issues.push({ path: [field], message: `is not a field of ${kind.toLowerCase()}s` });
  }
  const refs: { field: string; key: string; spec: FieldSpec & { type: "ref" } }[] = [];
  for (const [field, spec] of Object.entries(specs)) {
    const given = Object.hasOwn(input.fields, field) && input.fields[field] !== undefined;
    const raw = given ? input.fields[field] : undefined;
    if (!given || raw === null) {
      if (spec.required && (mode === "create" || raw === null)) issues.push({ path: [field], message: "is required" });
      else if (raw === null) columns[spec.column] = null;
      continue;
    }
    const before = issues.length;
    const value = checkValue(spec, raw, [field], issues);
    if (issues.length > before) continue;
    columns[spec.column] = value;
    if (spec.label) label = value as string;
    if (spec.type === "ref") refs.push({ field, key: value as string, spec });
  }
  if (refs.length) {
    const found: { id: string; kind: string }[] = await tx.entity.findMany({ where: { id: { in: refs.map((r) => r.key) }, deletedAt: null }, select: { id: true, kind: true } });
    const kindOf = new Map(found.map((e) => [e.id, e.kind as EntityKindName]));
    for (const r of refs) {
      const k = kindOf.get(r.key);
      if (!k) issues.push({ path: [r.field], message: `no entity has the key "${r.key}"` });
      else if (!r.spec.kinds.includes(k)) issues.push({ path: [r.field], message: `"${r.key}" is a ${k.toLowerCase()}, expected a ${r.spec.kinds.join(" or ").toLowerCase()}` });
    }
  }
  const start = columns.startDate as string | undefined;
  const end = columns.endDate as string | undefined;
  if (start && end && `${end}~` < start) issues.push({ path: ["endDate"], message: `must not be before startDate (${start})` });

  let description: string | null | undefined;
  if (input.description !== undefined) {
    description = input.description === null ? null : input.description.trim() || null;
    if (description && description.length > 20_000) issues.push({ path: ["description"], message: "must be at most 20000 characters" });
  }
  let aliases: AliasInput[] | undefined;
  if (input.aliases != null) {
    aliases = [];
    const seen = new Set<string>();
    input.aliases.forEach((a, i) => {
      const aliasName = normaliseWhitespace(a.name ?? "");
      if (!aliasName) issues.push({ path: ["aliases", String(i), "name"], message: "must not be empty" });
      else if (aliasName.length > 300) issues.push({ path: ["aliases", String(i), "name"], message: "must be at most 300 characters" });
      if (!ALIAS_KINDS.includes(a.kind as never)) issues.push({ path: ["aliases", String(i), "kind"], message: `must be one of ${ALIAS_KINDS.join(", ")}` });
      if (seen.has(aliasName)) issues.push({ path: ["aliases", String(i), "name"], message: `"${aliasName}" is listed twice` });
      seen.add(aliasName);
      aliases!.push({ name: aliasName, kind: a.kind });
    });
  }
  if (issues.length) throw new EditError("INVALID_INPUT", issues);
  return { label, columns, description, aliases };
}
