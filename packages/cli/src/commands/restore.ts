// `pnpm agora restore <file>`: puts a backup made by `pnpm agora backup` back.
import { BackupError, ConfigError, parseDatabaseUrl, redact, restorePostgres, restoreSqlite } from "@agora/db";
import { defineCommand, UsageError } from "../command.ts";

export default defineCommand({
  summary: "replace the database with a backup (checked first)",
  help: `usage: pnpm agora restore <file> [--database-url URL] [--force]

SQLite: checks the backup first (PRAGMA integrity_check, foreign keys, Agora's tables) and
refuses a damaged or foreign file. Refuses too while a server runs on the database (the server
marks the file it serves as <database>.in-use): stop it first, or pass --force, after which the
running server serves the restored data. Then copies the backup into the database through
SQLite's backup API, checks the result and prints each table's row count.

PostgreSQL: runs pg_restore --clean --if-exists --no-owner --single-transaction on a dump made
by \`pnpm agora backup\` (pg_dump --format=custom).

options:
  --database-url URL    file:<path> or postgresql://... (default: DATABASE_URL, else .data/agora.db)
  --force               restore even though a running server uses the database
  -h, --help            this help

examples:
  pnpm agora restore backups/agora-2026-05-01.db
  pnpm agora restore backups/agora-2026-05-01.db --database-url file:./copy.db`,
  options: {
    "database-url": { type: "string" },
    force: { type: "boolean" },
  },
  positionals: "file",
  expectedErrors: [BackupError, ConfigError],
  async run(values, io, positionals) {
    if (positionals.length !== 1) throw new UsageError("name one backup file");
    const file = positionals[0]!;
    const target = parseDatabaseUrl(values["database-url"] ?? process.env.DATABASE_URL);
    if (target.kind === "postgres") {
      io.out(`agora restore: pg_restore of ${file} into ${redact(target.url)}`);
      await restorePostgres(target.url, file);
      io.out("done");
      return;
    }
    io.out(`agora restore: ${file} into SQLite ${target.file}`);
    const result = await restoreSqlite(file, target.file, { force: values.force ?? false });
    for (const t of result.tables.filter((t) => !t.table.startsWith("EntitySearch_"))) io.out(`  ${t.table.padEnd(24)} ${String(t.rows).padStart(9)} rows`);
    io.out(`done: ${result.file} restored and checked`);
  },
});
