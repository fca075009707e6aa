// Row count and a content hash per table of a SQLite database, to tell whether two files hold
// the same data whatever the order of their pages. Every ordinary table is read, the full-text
// index's shadow tables included (its virtual table is their view).
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

export interface TableDigest {
  table: string;
  rows: number;
  /** SHA-256 of the table's rows, each serialised as JSON, sorted. */
  sha256: string;
}

export function tableDigests(file: string): TableDigest[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
      .pluck()
      .all() as string[];
    return tables.map((table) => {
      const rows = (db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw().all() as unknown[][]).map((row) =>
        JSON.stringify(row, (_key, value) => (Buffer.isBuffer(value) ? `x'${value.toString("hex")}'` : typeof value === "bigint" ? value.toString() : value)),
      );
      rows.sort();
      const hash = createHash("sha256");
      for (const row of rows) hash.update(row).update("\n");
      return { table, rows: rows.length, sha256: hash.digest("hex") };
    });
  } finally {
    db.close();
  }
}
