// Everything the in-memory graph needs: live entities with the attributes that relate them
// (series, place, date, words), live links, and the relations held by foreign keys. Unordered:
// the graph numbers nodes and sorts adjacency itself, so results do not depend on row order.
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

export interface GraphData {
  /** DataVersion when the data was read; read first, so a write in between only causes a re-read. */
  version: number;
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

export async function dataVersion(db: Db): Promise<number> {
  const row = await db.prisma.dataVersion.findUnique({ where: { id: 1 } });
  return row?.version ?? 0;
}

/**
 * Runs the graph's reads on a connection of their own, straight through the driver: at a million
 * rows the ORM's per-row mapping costs seconds and hundreds of megabytes that the driver does not.
 */
async function withReader<T>(db: Db, read: (run: <R>(sql: string) => Promise<R[]>) => Promise<T>): Promise<T> {
  if (db.target.kind === "sqlite") {
    if (db.target.file === ":memory:") return read((sql) => db.prisma.$queryRawUnsafe(sql));
    const sqlite = new Database(db.target.file, { readonly: true, fileMustExist: true });
    try {
      return await read(async <R>(sql: string) => sqlite.prepare(sql).all() as R[]);
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: db.target.url });
  await client.connect();
  try {
    return await read(async <R>(sql: string) => (await client.query(sql)).rows as R[]);
  } finally {
    await client.end();
  }
}

export async function loadGraphData(db: Db): Promise<GraphData> {
  const version = await dataVersion(db);
  return withReader(db, async (run) => {
    const nodes = await run<GraphNodeRow>(`
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
      LEFT JOIN "Country" c ON c."id" = p."country"`);
    const links = await run<GraphEdgeRow>(`
      SELECT l."id" AS "id", l."sourceId" AS "source", l."targetId" AS "target", CAST(l."type" AS TEXT) AS "type", l."role" AS "role", l."capacity" AS "capacity",
        l."startDate" AS "start", l."endDate" AS "end", l."asOf" AS "asOf"
      FROM "Link" l
      WHERE l."deletedAt" IS NULL`);
    // Relations held by foreign keys are edges of the network too: a city is tied to the
    // sessions it hosted, a session to its congress, a theme to the broader one.
    const structural = await run<GraphEdgeRow>(`
      SELECT 'held-in:' || s."id" AS "id", s."id" AS "source", COALESCE(s."cityId", s."countryId") AS "target", 'HELD_IN' AS "type",
        'held-in' AS "role", NULL AS "capacity", s."startDate" AS "start", s."endDate" AS "end", NULL AS "asOf"
        FROM "Session" s WHERE s."cityId" IS NOT NULL OR s."countryId" IS NOT NULL
      UNION ALL
      SELECT 'part-of:' || s."id", s."id", s."parentId", 'PART_OF', 'part-of', NULL, s."startDate", s."endDate", NULL
        FROM "Session" s WHERE s."parentId" IS NOT NULL
      UNION ALL
      SELECT 'based-in:' || o."id", o."id", COALESCE(o."cityId", o."countryId"), 'BASED_IN', 'based-in', NULL, NULL, NULL, NULL
        FROM "Organisation" o WHERE o."cityId" IS NOT NULL OR o."countryId" IS NOT NULL
      UNION ALL
      SELECT 'in-country:' || c."id", c."id", c."countryId", 'IN_COUNTRY', 'in-country', NULL, NULL, NULL, NULL
        FROM "City" c
      UNION ALL
      SELECT 'broader:' || t."id", t."id", t."parentId", 'BROADER', 'broader', NULL, NULL, NULL, NULL
        FROM "Theme" t WHERE t."parentId" IS NOT NULL`);
    const edges = [...links, ...structural];
    return { version, nodes, edges };
  });
}
