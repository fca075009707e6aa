// `pnpm agora backup <file>`: an online, consistent copy of the database while the server runs.
import { BackupError, backupPostgres, backupSqlite, ConfigError, parseDatabaseUrl, redact } from "@agora/db";
import { defineCommand, UsageError } from "../command.ts";

export default defineCommand({
  summary: "copy the database to a file while the server keeps running",
  help: `usage: pnpm agora backup <file> [--database-url URL] [--overwrite]

SQLite: an online backup through SQLite's backup API (pages are copied while the server keeps
reading and writing; the copy is one consistent snapshot), written beside <file> and renamed
when whole, then checked (PRAGMA integrity_check, foreign keys, Agora's tables). Prints each
table's row count. The backup is a plain SQLite file: \`pnpm agora restore <file>\` puts it back.

PostgreSQL: runs pg_dump --format=custom --no-owner --no-privileges (needs the PostgreSQL
client tools); \`pnpm agora restore <file>\` runs pg_restore.

options:
  --database-url URL    file:<path> or postgresql://... (default: DATABASE_URL, else .data/agora.db)
  --overwrite           replace <file> if it exists (SQLite)
  -h, --help            this help

examples:
  pnpm agora backup backups/agora-$(date +%F).db
  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/agora pnpm agora backup agora.dump`,
  options: {
    "database-url": { type: "string" },
    overwrite: { type: "boolean" },
  },
  positionals: "file",
  expectedErrors: [BackupError, ConfigError],
  async run(values, io, positionals) {
    if (positionals.length !== 1) throw new UsageError("name one backup file");
    const file = positionals[0]!;
    const target = parseDatabaseUrl(values["database-url"] ?? process.env.DATABASE_URL);
    if (target.kind === "postgres") {
      io.out(`agora backup: pg_dump of ${redact(target.url)} into ${file}`);
      const result = await backupPostgres(target.url, file);
      io.out(`done: ${file} (${(result.bytes / 1024).toFixed(0)} KB)`);
      return;
    }
    io.out(`agora backup: SQLite ${target.file} into ${file}`);
    const started = performance.now();
    const result = await backupSqlite(target.file, file, { overwrite: values.overwrite ?? false });
    for (const t of result.tables.filter((t) => !t.table.startsWith("EntitySearch_"))) io.out(`  ${t.table.padEnd(24)} ${String(t.rows).padStart(9)} rows`);
    io.out(`done: ${result.file} (${(result.bytes / 1024).toFixed(0)} KB, checked) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  },
});
