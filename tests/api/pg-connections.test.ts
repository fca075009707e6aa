// PostgreSQL connections as createDb opens them: repeated reads are prepared once per connection
// (packages/db/src/adapters/pg-prepared-statements.ts), writes and statements beyond the limit run
// unnamed; and no parallel workers unless asked.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@agora/db";
import { optionsFromEnv } from "../../packages/api/src/http/options-from-env.ts";
import { prepareRepeatedReads } from "../../packages/db/src/adapters/pg-prepared-statements.ts";
import { copyOfBaseDb, ENGINE, type TestDb } from "../setup/test-db.ts";

describe.runIf(ENGINE === "postgres")("prepared reads on PostgreSQL", () => {
  let db: TestDb;
  let client: pg.Client;
  beforeAll(async () => {
    db = await copyOfBaseDb();
    if (db.target.kind !== "postgres") throw new Error("a PostgreSQL test database was expected");
    client = new pg.Client({ connectionString: db.target.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.close();
  });

  const prepared = async () =>
    (await client.query<{ name: string; statement: string }>(`SELECT name, statement FROM pg_prepared_statements ORDER BY name`)).rows.map((r) => [r.name, r.statement]);

  it("names the first distinct reads, reuses the names, and leaves writes and later reads unnamed", async () => {
    prepareRepeatedReads(client as unknown as pg.PoolClient, 2);
    const byId = `SELECT "label" FROM "Entity" WHERE "id" = $1`;
    const byKind = `SELECT count(*)::int AS n FROM "Entity" WHERE "kind" = CAST($1::text AS "EntityKind")`;
    for (const id of ["gsef-2014", "seoul", "gsef-2014"]) await client.query({ text: byId, values: [id] });
    const counted = await client.query({ text: byKind, values: ["CITY"] });
    await client.query({ text: byKind, values: ["PERSON"] });
    // A third distinct read, past the limit, and a write: both still run, unnamed.
    const third = await client.query({ text: `SELECT "id" FROM "Entity" WHERE "id" = $1`, values: ["seoul"] });
    await client.query({ text: `UPDATE "Entity" SET "description" = "description" WHERE "id" = $1`, values: ["seoul"] });
    expect(await prepared()).toEqual([
      ["agora_0", byId],
      ["agora_1", byKind],
    ]);
    expect(counted.rows[0].n).toBeGreaterThan(0);
    expect(third.rows).toEqual([{ id: "seoul" }]);
    // Answers from a prepared statement follow new parameters.
    expect((await client.query({ text: byId, values: ["seoul"] })).rows).toEqual([{ label: "Seoul" }]);
  });

  it("is on for the app's own pool, and off when asked (option or PG_PREPARED_STATEMENTS=false)", async () => {
    if (db.target.kind !== "postgres") return;
    // One connection, so the catalogue query sees the session that ran the reads.
    for (const [preparedStatements, env] of [[true, undefined], [false, undefined], [undefined, "false"]] as const) {
      // The server reads the variable with its other settings and hands it to createDb.
      const fromEnv = env ? optionsFromEnv({ PG_PREPARED_STATEMENTS: env }).database : {};
      const one = createDb(db.target.url, { poolSize: 1, ...fromEnv, ...(preparedStatements === undefined ? {} : { preparedStatements }) });
      try {
        await one.prisma.entity.findMany({ where: { kind: "CITY" }, take: 2 });
        const rows = await one.prisma.$queryRawUnsafe<{ statement: string }[]>(`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'agora_%'`);
        if (preparedStatements === true) expect(rows.map((r) => r.statement)).toContainEqual(expect.stringMatching(/^SELECT .*FROM "public"\."Entity" WHERE/));
        else expect(rows).toEqual([]);
      } finally {
        await one.close();
      }
    }
  });

  it("runs without parallel workers unless asked (PG_PARALLEL_QUERY=true)", async () => {
    if (db.target.kind !== "postgres") return;
    const setting = async (parallelQuery?: boolean, env?: string) => {
      const fromEnv = env ? optionsFromEnv({ PG_PARALLEL_QUERY: env }).database : {};
      const one = createDb(db.target.url, { poolSize: 1, ...fromEnv, ...(parallelQuery === undefined ? {} : { parallelQuery }) });
      try {
        const [row] = await one.prisma.$queryRawUnsafe<{ workers: string }[]>(`SELECT current_setting('max_parallel_workers_per_gather') AS workers`);
        return row!.workers;
      } finally {
        await one.close();
      }
    };
    const serverDefault = (await db.prisma.$queryRawUnsafe<{ d: string }[]>(`SELECT boot_val AS d FROM pg_settings WHERE name = 'max_parallel_workers_per_gather'`))[0]!.d;
    expect(serverDefault).not.toBe("0");
    expect(await setting()).toBe("0");
    expect(await setting(true)).toBe(serverDefault);
    expect(await setting(undefined, "true")).toBe(serverDefault);
  });
});
