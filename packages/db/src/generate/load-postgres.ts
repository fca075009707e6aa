// Bulk load into PostgreSQL: one transaction, each table sent as typed arrays expanded by
// unnest() (tens of thousands of rows per statement, a handful of parameters each), with user
// triggers off meanwhile. Row-level triggers would otherwise recount degrees and rebuild search
// rows a million times; instead, degree and the search index are recomputed once, set-wise,
// the data version bumped once, and every foreign key checked before the commit.
import pg from "pg";
import { hasTimestamps, syntheticTables, TIMESTAMP_COLUMNS, type Table } from "./synthetic-tables.ts";
import {
  bumpDataVersionSql,
  copyEntityDateSql,
  countSyntheticSql,
  DanglingReferenceError,
  danglingReferencesSql,
  recomputeDegreeSql,
  SyntheticDataExistsError,
  wipeSyntheticSql,
} from "./synthetic-sql.ts";
import { SYNTHETIC_PREFIX, type SyntheticNetwork } from "./synthetic-network.ts";
import { stepTimer, type LoadOptions, type LoadResult } from "./load-progress.ts";

const ROWS_PER_INSERT = 20_000;
const WRITTEN_TABLES = ["Entity", "Person", "Country", "City", "Organisation", "Session", "Resource", "Theme", "Link", "Alias", "Figure", "Citation"];

/** The migration's own per-entity refresh (20261123120000_full_text_search), for new and gone synthetic entities. */
const REFRESH_SEARCH_SQL = `SELECT COUNT("entity_search_refresh"(x."id")) AS "n" FROM (
  SELECT "entityId" AS "id" FROM "EntitySearch" WHERE "entityId" LIKE '${SYNTHETIC_PREFIX}%'
  UNION SELECT "id" FROM "Entity" WHERE "id" LIKE '${SYNTHETIC_PREFIX}%'
) AS x`;

export async function countSyntheticPostgres(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(countSyntheticSql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}

export async function loadIntoPostgres(url: string, network: SyntheticNetwork, options: LoadOptions = {}): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const timer = stepTimer(log);
  const now = (options.now ?? new Date()).toISOString();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let replaced = 0;
  try {
    log(`loading into PostgreSQL`);
    await client.query("BEGIN");
    // Two generators at once would both see no synthetic rows; the second waits here instead.
    await client.query(`LOCK TABLE "Entity" IN SHARE ROW EXCLUSIVE MODE`);
    replaced = Number((await client.query<{ n: string }>(countSyntheticSql)).rows[0]!.n);
    if (replaced > 0 && !options.replace) throw new SyntheticDataExistsError(replaced);
    // session_replication_role needs a superuser; a table owner can switch user triggers off
    // per table instead (a lock other sessions wait on until the commit, but only then).
    const superuser = (await client.query<{ is_superuser: string }>("SHOW is_superuser")).rows[0]!.is_superuser === "on";
    if (superuser) await client.query("SET LOCAL session_replication_role = replica");
    else for (const t of WRITTEN_TABLES) await client.query(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);

    if (replaced > 0) {
      await timer.step("wipe", async () => {
        for (const sql of wipeSyntheticSql) await client.query(sql);
      });
    }
    await timer.step("insert", async () => {
      for (const table of syntheticTables(network)) await insertTable(client, table, now, timer.progress(table.name, table.count));
    });
    await timer.step("check references", async () => {
      const dangling = (await client.query<{ reference: string; n: string }>(danglingReferencesSql)).rows;
      if (dangling.length) throw new DanglingReferenceError(dangling.map((d) => ({ reference: d.reference, n: Number(d.n) })));
    });
    await timer.step("degree", async () => {
      for (const sql of recomputeDegreeSql) await client.query(sql);
    });
    await timer.step("dates", async () => {
      for (const sql of copyEntityDateSql) await client.query(sql);
    });
    await timer.step("search index", () => client.query(REFRESH_SEARCH_SQL));
    if (!superuser) for (const t of WRITTEN_TABLES) await client.query(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
    await client.query(bumpDataVersionSql);
    await timer.step("commit", () => client.query("COMMIT"));
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await client.end().catch(() => {});
    throw error;
  }
  try {
    // What autovacuum would do a minute later, done before anyone reads: fresh planner
    // statistics, and a visibility map so index-only scans skip the heap and the first readers
    // do not set hint bits on a million rows. Left to autovacuum, it ran during the first minutes
    // of `bench compare` at L, and a manual VACUUM halved PostGraphile's PostgreSQL CPU on Q1.
    await timer.step("vacuum", () => client.query(`VACUUM (ANALYZE) ${WRITTEN_TABLES.map((t) => `"${t}"`).join(", ")}, "EntitySearch"`));
  } finally {
    await client.end();
  }
  return {
    replaced,
    entities: network.entities.length,
    links: network.links.count,
    aliases: network.aliases.length,
    steps: timer.steps,
    seconds: timer.elapsed(),
  };
}

async function insertTable(client: pg.Client, table: Table, now: string, progress: (done: number) => void) {
  const { columns } = table;
  const timestamps = hasTimestamps(table.name);
  const names = [...columns.map((c) => c.name), ...(timestamps ? TIMESTAMP_COLUMNS : [])];
  const arrays = columns.map((c, i) => `$${i + 1}::${c.pg}[]`).join(", ");
  const stamp = `$${columns.length + 1}::timestamp(3)`;
  const sql = `INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(", ")})
    SELECT u.*${timestamps ? `, ${stamp}, ${stamp}` : ""} FROM unnest(${arrays}) AS u`;
  let batch: unknown[][] = columns.map(() => []);
  let rows = 0;
  let done = 0;
  const flush = async () => {
    await client.query(sql, timestamps ? [...batch, now] : batch);
    done += rows;
    progress(done);
    batch = columns.map(() => []);
    rows = 0;
  };
  for (const row of table.rows()) {
    for (let c = 0; c < row.length; c++) batch[c]!.push(row[c]);
    if (++rows === ROWS_PER_INSERT) await flush();
  }
  if (rows > 0) await flush();
}
