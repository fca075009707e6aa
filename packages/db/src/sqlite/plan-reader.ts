// The connection SQL plans run on in SQLite (packages/api/src/sql-plans): read-only, like the
// adapter's reader it sees the last committed state, and it carries the two functions a plan
// needs that SQLite lacks. Opened on the first plan, so a process that never runs one pays nothing.
import Database from "better-sqlite3";

/** Prepared statements kept, by SQL text; plans repeat (one per operation shape). */
const STATEMENTS = 200;

export interface PlanReader {
  /** The JSON text in column `data` of the statement's one row (null for none); `values` bind `@p1`, `@p2`, ... */
  readJsonText(sql: string, values?: readonly string[]): string | null;
  close(): void;
}

export function sqlitePlanReader(file: string, timeoutMs: number): PlanReader {
  let db: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  const open = () => {
    const connection = new Database(file, { readonly: true, fileMustExist: true, timeout: timeoutMs });
    // Pothos writes global IDs and cursors as base64 of UTF-8.
    connection.function("agora_base64", { deterministic: true }, (text: unknown) => (text == null ? null : Buffer.from(String(text), "utf8").toString("base64")));
    // schema/session.ts `lines`: one item per line, empty lines dropped, null as [].
    connection.function("agora_lines", { deterministic: true }, (text: unknown) => JSON.stringify(text == null ? [] : String(text).split("\n").filter(Boolean)));
    return connection;
  };
  return {
    readJsonText(sql, values = []) {
      db ??= open();
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENTS) statements.clear();
        statements.set(sql, (statement = db.prepare(sql)));
      }
      const row = (values.length ? statement.get(Object.fromEntries(values.map((value, i) => [`p${i + 1}`, value]))) : statement.get()) as { data: string | null } | undefined;
      return row?.data ?? null;
    },
    close() {
      db?.close();
      db = null;
      statements.clear();
    },
  };
}
