// Where PostgreSQL and SQLite spell a plan's JSON differently. SQLite has no base64 and no text
// arrays: the connection that runs its plans (@agora/db, createDb) registers `agora_base64` and
// `agora_lines`. And a JSON value crossing a subquery in SQLite is text again, so every subquery
// that yields JSON is re-read with json().
export type DialectName = "postgres" | "sqlite";

export interface Dialect {
  object(parts: readonly string[]): string;
  /** JSON array of `json` over the rows (those passing `filter`, if any), in `order` ([] when none). */
  array(json: string, order: string, filter: string | null): string;
  /** A scalar subquery whose one value is JSON. */
  subquery(sql: string): string;
  /** A SQL condition as a JSON boolean. */
  boolean(condition: string): string;
  /** An enum column as its GraphQL name: `cases` maps stored values to names. */
  enumName(sql: string, cases: readonly (readonly [string, string])[]): string;
  /** The base64 of a text, as Pothos writes global IDs and cursors. */
  base64(sql: string): string;
  /** The first (or last) `id` of the rows (those passing `filter`, if any), in `order`. */
  firstOf(id: string, order: string, filter: string | null, last: boolean): string;
  /** A text column of one item per line, as a JSON list without empty lines. */
  lines(sql: string): string;
  /** The statement's `n`th value (from 1): `$n`, or `@pn` on SQLite, whose driver binds names. */
  param(n: number): string;
}

/** A SQL string literal. */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const where = (filter: string | null) => (filter === null ? "" : ` FILTER (WHERE ${filter})`);
const cases = (list: readonly (readonly [string, string])[]) => list.map(([value, name]) => `WHEN ${literal(value)} THEN ${literal(name)}`).join(" ");

const POSTGRES: Dialect = {
  object: (parts) => `json_build_object(${parts.join(", ")})`,
  array: (json, order, filter) => `COALESCE(json_agg(${json} ORDER BY ${order})${where(filter)}, '[]'::json)`,
  subquery: (sql) => `(${sql})`,
  boolean: (condition) => `(${condition})`,
  enumName: (sql, list) => `(CASE (${sql})::text ${cases(list)} END)`,
  // encode() breaks its base64 into lines of 76 characters.
  base64: (sql) => `translate(encode(convert_to(${sql}, 'UTF8'), 'base64'), E'\\n', '')`,
  // PostgreSQL computes the identical aggregate once.
  firstOf: (id, order, filter, last) => {
    const ids = `array_agg(${id} ORDER BY ${order})${where(filter)}`;
    return `(${ids})[${last ? `cardinality(${ids})` : "1"}]`;
  },
  lines: (sql) => `to_json(COALESCE(array_remove(string_to_array(${sql}, E'\\n'), ''), '{}'::text[]))`,
  param: (n) => `$${n}`,
};

const SQLITE: Dialect = {
  object: (parts) => `json_object(${parts.join(", ")})`,
  array: (json, order, filter) => `json_group_array(${json} ORDER BY ${order})${where(filter)}`,
  subquery: (sql) => `json((${sql}))`,
  boolean: (condition) => `json(CASE WHEN ${condition} THEN 'true' ELSE 'false' END)`,
  enumName: (sql, list) => `(CASE ${sql} ${cases(list)} END)`,
  base64: (sql) => `agora_base64(${sql})`,
  firstOf: (id, order, filter, last) => `(json_group_array(${id} ORDER BY ${order})${where(filter)} ->> '$[${last ? "#-1" : "0"}]')`,
  lines: (sql) => `json(agora_lines(${sql}))`,
  param: (n) => `@p${n}`,
};

export const DIALECTS: Record<DialectName, Dialect> = { postgres: POSTGRES, sqlite: SQLITE };
