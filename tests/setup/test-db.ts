// A private copy of the seeded base database for one test file, on the engine the project
// runs (AGORA_TEST_DB): a file copy for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL.
import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@agora/db";
import { POSTGRES_ADMIN_URL, postgresUrl } from "./paths.ts";

export type Engine = "sqlite" | "postgres";
export const ENGINE: Engine = process.env.AGORA_TEST_DB === "postgres" ? "postgres" : "sqlite";

export interface TestDb extends Db {
  /** Every SQL statement run through this client, in order. */
  statements: string[];
  [Symbol.asyncDispose](): Promise<void>;
}

export async function copyOfBaseDb(engine: Engine = ENGINE): Promise<TestDb> {
  const statements: string[] = [];
  const onQuery = (sql: string) => statements.push(sql);
  let url: string;
  let drop = async () => {};
  if (engine === "sqlite") {
    const file = join(dirname(inject("sqliteBase")), `copy-${randomUUID()}.db`);
    copyFileSync(inject("sqliteBase"), file);
    url = `file:${file}`;
  } else {
    const name = `agora_test_${inject("runId")}_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("postgresBase")}"`);
    await admin.end();
    url = postgresUrl(name);
    drop = async () => {
      const a = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    };
  }
  const db = createDb(url, { onQuery });
  const close = async () => {
    await db.close();
    await drop();
  };
  return { ...db, statements, close, [Symbol.asyncDispose]: close };
}
