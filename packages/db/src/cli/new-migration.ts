// `pnpm db:migration <name>`: writes the next migration for both databases.
// `prisma migrate dev` does not work with engine "js", and `migrate diff` accepts only datamodels
// when an adapter is configured. So: apply the existing migrations to a scratch database,
// introspect it (`db pull`) to get the "before" datamodel, and diff that against schema.prisma.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { MIGRATIONS_DIR, PRISMA_DIR } from "../paths.ts";
import { migrateSqlite } from "../migrate/migrate-sqlite.ts";
import { ensurePostgresDatabase, migratePostgres } from "../migrate/migrate-postgres.ts";
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
  writeFileSync(before, pulled.slice(pulled.indexOf("generator")));
  return prisma(
    ["migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", currentSchema, "--script"],
    { DATABASE_URL: url },
  );
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
  write("sqlite", diff("sqlite", join(PRISMA_DIR, "schema.prisma"), `file:${file}`));

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
