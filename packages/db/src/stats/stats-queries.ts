// Aggregate counts behind Agora's coverage dashboard, in SQL both databases understand
// (quoted identifiers, CAST, SUBSTR, UNION ALL). Counts come back as bigint on PostgreSQL.
import { Prisma } from "../../generated/sqlite/client.ts";
import type { Db } from "../create-db.ts";
import type { EntityKind } from "../../generated/sqlite/enums.ts";

const kindIn = (kinds: readonly EntityKind[]) => Prisma.sql`CAST(e."kind" AS TEXT) IN (${Prisma.join(kinds)})`;

/** Live entities per kind. */
export async function countByKind(db: Db): Promise<{ kind: EntityKind; count: number }[]> {
  const rows = await db.prisma.$queryRaw<{ kind: EntityKind; n: bigint | number }[]>`
    SELECT CAST(e."kind" AS TEXT) AS "kind", COUNT(*) AS "n" FROM "Entity" e
    WHERE e."deletedAt" IS NULL GROUP BY e."kind"`;
  return rows.map((r) => ({ kind: r.kind, count: Number(r.n) }));
}

/** Live links whose two ends are live. */
export async function countLinks(db: Db): Promise<number> {
  return db.prisma.link.count({ where: { deletedAt: null, source: { deletedAt: null }, target: { deletedAt: null } } });
}

/**
 * Live entities of the given kinds per country they are in: sessions and organisations by
 * their country, cities by theirs, countries by themselves. Other kinds have no place.
 */
export async function countByCountry(db: Db, kinds: readonly EntityKind[]): Promise<{ countryId: string; count: number }[]> {
  if (kinds.length === 0) return [];
  const rows = await db.prisma.$queryRaw<{ countryId: string; n: bigint | number }[]>`
    SELECT p."countryId" AS "countryId", COUNT(*) AS "n" FROM (
      SELECT "id", "countryId" FROM "Session"
      UNION ALL SELECT "id", "countryId" FROM "Organisation"
      UNION ALL SELECT "id", "countryId" FROM "City"
      UNION ALL SELECT "id", "id" AS "countryId" FROM "Country"
    ) p JOIN "Entity" e ON e."id" = p."id"
    WHERE e."deletedAt" IS NULL AND p."countryId" IS NOT NULL AND ${kindIn(kinds)}
    GROUP BY p."countryId"`;
  return rows.map((r) => ({ countryId: r.countryId, count: Number(r.n) }));
}

/** Live sessions (by start date) and resources (by date) of the given kinds per year. */
export async function countByYear(db: Db, kinds: readonly EntityKind[]): Promise<{ year: number; count: number }[]> {
  if (kinds.length === 0) return [];
  const rows = await db.prisma.$queryRaw<{ year: string; n: bigint | number }[]>`
    SELECT SUBSTR(d."date", 1, 4) AS "year", COUNT(*) AS "n" FROM (
      SELECT "id", "startDate" AS "date" FROM "Session"
      UNION ALL SELECT "id", "date" FROM "Resource"
    ) d JOIN "Entity" e ON e."id" = d."id"
    WHERE e."deletedAt" IS NULL AND d."date" IS NOT NULL AND ${kindIn(kinds)}
    GROUP BY SUBSTR(d."date", 1, 4)`;
  return rows.map((r) => ({ year: Number(r.year), count: Number(r.n) })).sort((a, b) => a.year - b.year);
}

/** Every live theme tag on a live entity of the given kinds. */
export async function themeTags(db: Db, kinds: readonly EntityKind[]): Promise<{ entityId: string; themeId: string }[]> {
  if (kinds.length === 0) return [];
  return db.prisma.$queryRaw<{ entityId: string; themeId: string }[]>`
    SELECT l."sourceId" AS "entityId", l."targetId" AS "themeId" FROM "Link" l
    JOIN "Entity" e ON e."id" = l."sourceId"
    JOIN "Entity" t ON t."id" = l."targetId"
    WHERE CAST(l."type" AS TEXT) = 'THEME_TAG' AND l."deletedAt" IS NULL
      AND e."deletedAt" IS NULL AND t."deletedAt" IS NULL AND ${kindIn(kinds)}`;
}

/** Each live session's continent (if placed) and start year (if dated), with its direct themes. */
export async function sessionCoverageRows(
  db: Db,
): Promise<{ sessionId: string; continent: string | null; year: string | null; themeId: string | null }[]> {
  return db.prisma.$queryRaw`
    SELECT s."id" AS "sessionId", CAST(c."continent" AS TEXT) AS "continent", SUBSTR(s."startDate", 1, 4) AS "year", tag."targetId" AS "themeId"
    FROM "Session" s
    JOIN "Entity" e ON e."id" = s."id" AND e."deletedAt" IS NULL
    LEFT JOIN "Country" c ON c."id" = s."countryId"
    LEFT JOIN "Link" tag ON tag."sourceId" = s."id" AND CAST(tag."type" AS TEXT) = 'THEME_TAG' AND tag."deletedAt" IS NULL`;
}

/** The theme tree: each live theme's parent. */
export async function themeParents(db: Db): Promise<Map<string, string | null>> {
  const themes = await db.prisma.theme.findMany({ select: { id: true, parentId: true }, where: { entity: { deletedAt: null } } });
  return new Map(themes.map((t) => [t.id, t.parentId]));
}
