// Builds one migrated, seeded base database per engine for the whole run; each test file then
// works on its own copy (test-db.ts), so files never see each other's writes.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { prepareDb } from "@agora/db";
import { TMP_DIR, POSTGRES_ADMIN_URL, postgresUrl } from "./paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteBase: string;
    postgresBase: string;
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const runId = `${process.pid}`;
  // Each run has its own folder, so two runs on one machine never delete each other's files.
  const runDir = join(TMP_DIR, runId);
  mkdirSync(runDir, { recursive: true });
  const sqliteBase = join(runDir, "base.db");
  rmSync(sqliteBase, { force: true });
  const sqlite = await prepareDb(`file:${sqliteBase}`);
  await sqlite.close();

  const postgresBase = `agora_test_${runId}_base`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`The suite needs PostgreSQL at ${POSTGRES_ADMIN_URL} (set AGORA_TEST_POSTGRES_URL): ${(error as Error).message}`);
  }
  await admin.query(`DROP DATABASE IF EXISTS "${postgresBase}"`);
  const postgres = await prepareDb(postgresUrl(postgresBase));
  await postgres.close();

  project.provide("sqliteBase", sqliteBase);
  project.provide("postgresBase", postgresBase);
  project.provide("runId", runId);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`agora_test_${runId}_%`]);
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await admin.end();
    rmSync(runDir, { recursive: true, force: true });
  };
}
