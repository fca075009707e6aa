// Applies prisma/migrations/sqlite with better-sqlite3 directly: no Prisma CLI (and none of
// its engine downloads) at run time. Bookkeeping uses Prisma's own _prisma_migrations table.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR } from "../paths.ts";
import { readMigrations } from "./migration-files.ts";

export function migrateSqlite(file: string, dir: string = MIGRATIONS_DIR.sqlite): string[] {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const applied = new Map(
      (db.prepare(`SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as {
        migration_name: string;
        checksum: string;
      }[]).map((r) => [r.migration_name, r.checksum]),
    );
    const done: string[] = [];
    for (const m of readMigrations(dir)) {
      const seen = applied.get(m.name);
      if (seen) {
        if (seen !== m.checksum) throw new Error(`migration ${m.name} was edited after it was applied to ${file}`);
        continue;
      }
      // One transaction per migration: a failure leaves the database as the last good one left it.
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`,
        ).run(randomUUID(), m.checksum, m.name);
      }).immediate();
      done.push(m.name);
    }
    return done;
  } finally {
    db.close();
  }
}
