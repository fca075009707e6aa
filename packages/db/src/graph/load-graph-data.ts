// Everything the in-memory graph needs: live entities with the attributes that relate them
// (series, place, date, words), live links, and the relations held by foreign keys, streamed.
// Unordered: the graph numbers nodes and sorts adjacency itself, so results do not depend on
// row order.
import Database from "better-sqlite3";
import pg from "pg";
import type { Db } from "../create-db.ts";

export interface GraphNodeRow {
  id: string;
  kind: string;
  label: string;
  text: string;
  series: string | null;
  country: string | null;
  continent: string | null;
  city: string | null;
  date: string | null;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string;
  capacity: string | null;
  start: string | null;
  end: string | null;
  asOf: string | null;
}

/** Types of the edges that come from foreign keys rather than the Link table. */
export const STRUCTURAL_EDGE_TYPES = ["HELD_IN", "PART_OF", "BASED_IN", "IN_COUNTRY", "BROADER"] as const;

/** Where the rows go, one at a time: every node before any edge. */
export interface GraphRowSink {
  /** Called first, with how many edge rows will follow, so that their columns are sized once. */
  expectEdges?(count: number): void;
  node(row: GraphNodeRow): void;
  edge(row: GraphEdgeRow): void;
}

/** The data version, as `data` (the column db.readJsonText reads), in text: SQLite hands integers over as numbers. */
const VERSION_SQL = `SELECT CAST("version" AS TEXT) AS "data" FROM "DataVersion" WHERE "id" = 1`;

/**
 * The counter every write bumps. Every graph request reads it, so it goes past Prisma where the
 * database has a direct reader (a prepared statement on SQLite, the pool on PostgreSQL): through
 * Prisma each read is compiled by its query compiler and its result mapped, for one integer.
 */
export async function dataVersion(db: Db): Promise<number> {
  if (db.readJsonText) {
    const text = await db.readJsonText(VERSION_SQL);
    return text === null ? 0 : Number(text);
  }
  const row = await db.prisma.dataVersion.findUnique({ where: { id: 1 } });
  return row?.version ?? 0;
}

const LIVE_LINKS = `l."deletedAt" IS NULL`;

/** The edges foreign keys hold, each a SELECT list (the first names the columns) and its FROM. */
const STRUCTURAL: readonly (readonly [select: string, from: string])[] = [
  [
    `'held-in:' || s."id" AS "id", s."id" AS "source", COALESCE(s."cityId", s."countryId") AS "target", 'HELD_IN' AS "type",
      'held-in' AS "role", NULL AS "capacity", s."startDate" AS "start", s."endDate" AS "end", NULL AS "asOf"`,
    `FROM "Session" s WHERE s."cityId" IS NOT NULL OR s."countryId" IS NOT NULL`,
  ],
  [`'part-of:' || s."id", s."id", s."parentId", 'PART_OF', 'part-of', NULL, s."startDate", s."endDate", NULL`, `FROM "Session" s WHERE s."parentId" IS NOT NULL`],
  [
    `'based-in:' || o."id", o."id", COALESCE(o."cityId", o."countryId"), 'BASED_IN', 'based-in', NULL, NULL, NULL, NULL`,
    `FROM "Organisation" o WHERE o."cityId" IS NOT NULL OR o."countryId" IS NOT NULL`,
  ],
  [`'in-country:' || c."id", c."id", c."countryId", 'IN_COUNTRY', 'in-country', NULL, NULL, NULL, NULL`, `FROM "City" c`],
  [`'broader:' || t."id", t."id", t."parentId", 'BROADER', 'broader', NULL, NULL, NULL, NULL`, `FROM "Theme" t WHERE t."parentId" IS NOT NULL`],
];

/** Rows per batch: the most a read holds at once, and how often it lets other requests run. */
const BATCH = 10_000;

/** One read-only transaction: its data version, and each statement's rows one at a time. */
interface Reader {
  version(): Promise<number>;
  /** The one row of a statement returning one row. */
  one<R>(sql: string): Promise<R>;
  each<R>(sql: string, row: (r: R) => void): Promise<void>;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads run on a connection of their own, straight through the driver (at a million rows the
 * ORM's per-row mapping costs seconds and hundreds of megabytes), inside one read-only
 * transaction so that every statement, the version included, sees the same data. Rows are
 * handed over a batch at a time and never collected: the caller packs them as they come.
 */
async function withReader<T>(db: Db, read: (reader: Reader) => Promise<T>): Promise<T> {
  if (db.target.kind === "sqlite") {
    if (db.target.file === ":memory:") {
      // One connection only (tests): Prisma's, whole results at once.
      return read({
        version: () => dataVersion(db),
        one: async <R>(sql: string) => (await db.prisma.$queryRawUnsafe<R[]>(sql))[0]!,
        each: async <R>(sql: string, row: (r: R) => void) => {
          for (const r of await db.prisma.$queryRawUnsafe<R[]>(sql)) row(r);
        },
      });
    }
    const sqlite = new Database(db.target.file, { readonly: true, fileMustExist: true });
    try {
      sqlite.exec("BEGIN");
      return await read({
        version: async () => Number((sqlite.prepare(VERSION_SQL).get() as { data: string } | undefined)?.data ?? 0),
        one: async <R>(sql: string) => sqlite.prepare(sql).get() as R,
        each: async <R>(sql: string, row: (r: R) => void) => {
          let n = 0;
          // The statement stays open across the pauses; this connection has no other user.
          for (const r of sqlite.prepare(sql).iterate()) {
            row(r as R);
            if (++n % BATCH === 0) await yieldToOthers();
          }
        },
      });
    } finally {
      if (sqlite.inTransaction) sqlite.exec("COMMIT");
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: db.target.url });
  // As for the pool (create-db.ts): without a listener, the connection ending between two of the
  // read's statements (PostgreSQL restarting, the database dropped: 57P01) would end the process.
  // The read's next statement then fails, and the rebuild with it.
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const result = await read({
      version: async () => Number((await client.query<{ data: string }>(VERSION_SQL)).rows[0]?.data ?? 0),
      one: async <R>(sql: string) => (await client.query(sql)).rows[0] as R,
      each: async <R>(sql: string, row: (r: R) => void) => {
        await client.query(`DECLARE graph_rows NO SCROLL CURSOR FOR ${sql}`);
        for (;;) {
          const { rows } = await client.query(`FETCH ${BATCH} FROM graph_rows`);
          for (const r of rows) row(r as R);
          if (rows.length < BATCH) break;
        }
        await client.query("CLOSE graph_rows");
      },
    });
    await client.query("COMMIT");
    return result;
  } finally {
    await client.end();
  }
}

/**
 * Streams everything the in-memory graph needs into `sink` — entities first, then links, then
 * the relations foreign keys hold — and returns the DataVersion the rows are as of.
 */
export async function readGraphData(db: Db, sink: GraphRowSink): Promise<number> {
  return withReader(db, async (reader) => {
    const version = await reader.version();
    if (sink.expectEdges) {
      const { count } = await reader.one<{ count: number | string | bigint }>(`SELECT (SELECT COUNT(*) FROM "Link" l WHERE ${LIVE_LINKS})${STRUCTURAL.map(([, from]) => ` + (SELECT COUNT(*) ${from})`).join("")} AS "count"`);
      sink.expectEdges(Number(count));
    }
    await reader.each<GraphNodeRow>(`
      SELECT p."id", p."kind", p."label", p."text", p."series", p."country", CAST(c."continent" AS TEXT) AS "continent", p."city", p."date"
      FROM (
        SELECT e."id" AS "id", CAST(e."kind" AS TEXT) AS "kind", e."label" AS "label", e."searchText" AS "text",
          s."series" AS "series",
          COALESCE(s."countryId", o."countryId", ci."countryId", co."id") AS "country",
          COALESCE(s."cityId", o."cityId", ci."id") AS "city",
          COALESCE(s."startDate", r."date") AS "date"
        FROM "Entity" e
        LEFT JOIN "Session" s ON s."id" = e."id"
        LEFT JOIN "Organisation" o ON o."id" = e."id"
        LEFT JOIN "City" ci ON ci."id" = e."id"
        LEFT JOIN "Country" co ON co."id" = e."id"
        LEFT JOIN "Resource" r ON r."id" = e."id"
        WHERE e."deletedAt" IS NULL
      ) p
      LEFT JOIN "Country" c ON c."id" = p."country"`, (row) => sink.node(row));
    const edge = (row: GraphEdgeRow) => sink.edge(row);
    await reader.each<GraphEdgeRow>(`
      SELECT l."id" AS "id", l."sourceId" AS "source", l."targetId" AS "target", CAST(l."type" AS TEXT) AS "type", l."role" AS "role", l."capacity" AS "capacity",
        l."startDate" AS "start", l."endDate" AS "end", l."asOf" AS "asOf"
      FROM "Link" l
      WHERE ${LIVE_LINKS}`, edge);
    // Relations held by foreign keys are edges of the network too: a city is tied to the
    // sessions it hosted, a session to its congress, a theme to the broader one.
    await reader.each<GraphEdgeRow>(STRUCTURAL.map(([select, from]) => `SELECT ${select} ${from}`).join(" UNION ALL "), edge);
    return version;
  });
}
