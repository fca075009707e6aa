// `pnpm db:migration <name>`: writes the next migration for both databases.
// `prisma migrate dev` does not work with engine "js", and `migrate diff` accepts only datamodels
// when an adapter is configured. So: apply the existing migrations to a scratch database,
// introspect it (`db pull`) to get the "before" datamodel, and diff that against schema.prisma.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { MIGRATIONS_DIR, PRISMA_DIR } from "../paths.ts";
import { migrateSqlite } from "../migrate/migrate-sqlite.ts";
import { ensurePostgresDatabase, migratePostgres } from "../migrate/migrate-postgres.ts";
import { withoutSearchModels } from "../search/search-tables.ts";
import { derivePostgresSchema } from "./derive-postgres-schema.ts";
import { prisma } from "./prisma-cli.ts";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: pnpm db:migration <name_in_snake_case>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
const scratch = mkdtempSync(join(tmpdir(), "agora-migration-"));
const adminUrl = process.env.POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function diff(target: string, currentSchema: string, url: string): string {
  const pulled = prisma(["db", "pull", "--print", "--schema", currentSchema], { DATABASE_URL: url });
  const before = join(scratch, `before-${target}.prisma`);
  // The full-text search index is hand-written SQL outside the model (see search/search-tables.ts).
  writeFileSync(before, enumDefaults(withoutSearchModels(pulled.slice(pulled.indexOf("generator")))));
  return prisma(
    ["migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", currentSchema, "--script"],
    { DATABASE_URL: url },
  );
}

/**
 * SQLite has no enums: `db pull` keeps the model's enum types (it re-introspects against the
 * current schema) but writes their defaults as strings (`role Role @default("MEMBER")`), which
 * Prisma then refuses to parse. Unquote a string default on a field whose type is an enum.
 */
function enumDefaults(schema: string): string {
  const enums = new Set([...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]));
  return schema.replace(/^([ \t]+\w+[ \t]+(\w+)\??[ \t].*@default\()"(\w+)"\)/gm, (line, head: string, type: string, value: string) =>
    enums.has(type) ? `${head}${value})` : line,
  );
}

/**
 * Prisma changes a SQLite table it cannot ALTER by copying it, dropping the original and renaming
 * the copy. SQLite drops the dropped table's triggers with it, and refuses the rename while any
 * view or trigger names a table that is missing ("error in trigger ...: no such table"). Hand-
 * written migrations add triggers and views (search index, counters), so such a script first
 * drops every view and trigger the earlier migrations left, then re-creates them as they were.
 */
function keepViewsAndTriggers(sql: string, scratchFile: string): string {
  if (!/^DROP TABLE /m.test(sql)) return sql;
  const db = new Database(scratchFile, { readonly: true });
  // Creation order: a view before the triggers on it, a view before the views that read it.
  const objects = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') AND sql IS NOT NULL ORDER BY type = 'trigger', rowid`)
    .all() as { type: "view" | "trigger"; name: string; sql: string }[];
  db.close();
  if (objects.length === 0) return sql;
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  console.log(`sqlite: the script rebuilds tables; it drops and re-creates ${objects.length} views and triggers around that`);
  return [
    "-- Tables are rebuilt below: drop every view and trigger first (see keepViewsAndTriggers in",
    "-- packages/db/src/cli/new-migration.ts), re-create them after.",
    ...objects.toReversed().map((o) => `DROP ${o.type.toUpperCase()} IF EXISTS ${quoted(o.name)};`),
    "",
    sql.trimEnd(),
    "",
    "-- Re-create the views and triggers dropped above, as the earlier migrations defined them.",
    ...objects.map((o) => `${o.sql};\n`),
  ].join("\n");
}

function write(target: "sqlite" | "postgres", sql: string) {
  if (!/^\s*(CREATE|ALTER|DROP|PRAGMA|INSERT|UPDATE|DELETE)/m.test(sql)) {
    console.log(`${target}: no changes`);
    return;
  }
  const dir = join(MIGRATIONS_DIR[target], folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  console.log(`${target}: wrote ${dir}/migration.sql`);
}

try {
  const file = join(scratch, "scratch.db");
  migrateSqlite(file);
  write("sqlite", keepViewsAndTriggers(diff("sqlite", join(PRISMA_DIR, "schema.prisma"), `file:${file}`), file));

  const dbName = `agora_migration_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  await ensurePostgresDatabase(url.toString());
  try {
    await migratePostgres(url.toString());
    write("postgres", diff("postgres", derivePostgresSchema(), url.toString()));
  } finally {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`);
    await admin.end();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
