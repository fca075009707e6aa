// SQL both loaders share: removing earlier synthetic rows, proving no reference dangles, and
// recomputing the derived columns the triggers would have kept (Entity.degree, Entity.date).
import { SYNTHETIC_PREFIX } from "./synthetic-network.ts";

const SYN = `'${SYNTHETIC_PREFIX}%'`;

export const countSyntheticSql = `SELECT COUNT(*) AS "n" FROM "Entity" WHERE "id" LIKE ${SYN}`;

/**
 * Deletes every synthetic row and every link touching one, children first. Loaders run it with
 * triggers off, so it also does what ON DELETE SET NULL would for the (unexpected) non-synthetic
 * rows pointing at synthetic ones; the degree and search refreshes after the load do the rest.
 */
export const wipeSyntheticSql = [
  // EXISTS by primary key, not IN (...): with a million links PostgreSQL would not hash the
  // IN list within work_mem and would scan Link once per citation.
  `DELETE FROM "Citation" WHERE "entityId" LIKE ${SYN}
     OR EXISTS (SELECT 1 FROM "Link" l WHERE l."id" = "Citation"."linkId" AND (l."sourceId" LIKE ${SYN} OR l."targetId" LIKE ${SYN}))
     OR EXISTS (SELECT 1 FROM "Figure" f WHERE f."id" = "Citation"."figureId" AND f."entityId" LIKE ${SYN})`,
  // Revision has no foreign keys (it outlives deletes and merges), so nothing else would remove the
  // history of synthetic rows, and the next load, with the same ids, would inherit it.
  `DELETE FROM "Revision" WHERE "entityId" LIKE ${SYN}
     OR EXISTS (SELECT 1 FROM "Link" l WHERE l."id" = "Revision"."linkId" AND (l."sourceId" LIKE ${SYN} OR l."targetId" LIKE ${SYN}))`,
  `DELETE FROM "Link" WHERE "sourceId" LIKE ${SYN} OR "targetId" LIKE ${SYN}`,
  `DELETE FROM "Figure" WHERE "entityId" LIKE ${SYN}`,
  `DELETE FROM "Alias" WHERE "entityId" LIKE ${SYN}`,
  ...[
    ["Session", "parentId"],
    ["Session", "cityId"],
    ["Session", "countryId"],
    ["Organisation", "cityId"],
    ["Organisation", "countryId"],
    ["Theme", "parentId"],
  ].map(([table, column]) => `UPDATE "${table}" SET "${column}" = NULL WHERE "${column}" LIKE ${SYN} AND "id" NOT LIKE ${SYN}`),
  ...["Session", "Resource", "Person", "Organisation", "Theme", "City", "Country", "Entity"].map((table) => `DELETE FROM "${table}" WHERE "id" LIKE ${SYN}`),
];

/** Every foreign key of the tables the load writes or wipes, as (table, column, referenced table). */
const REFERENCES: [string, string, string][] = [
  ["Link", "sourceId", "Entity"],
  ["Link", "targetId", "Entity"],
  ...["Person", "Country", "City", "Organisation", "Session", "Resource", "Theme"].map((t): [string, string, string] => [t, "id", "Entity"]),
  ["City", "countryId", "Country"],
  ["Organisation", "cityId", "City"],
  ["Organisation", "countryId", "Country"],
  ["Session", "cityId", "City"],
  ["Session", "countryId", "Country"],
  ["Session", "parentId", "Session"],
  ["Theme", "parentId", "Theme"],
  ["Alias", "entityId", "Entity"],
  ["Figure", "entityId", "Entity"],
  ["Citation", "entityId", "Entity"],
  ["Citation", "linkId", "Link"],
  ["Citation", "figureId", "Figure"],
];

/** One row per foreign key that some row breaks: `reference` ("Link.sourceId") and how many rows. */
export const danglingReferencesSql = `SELECT "reference", "n" FROM (
${REFERENCES.map(
  ([table, column, target]) =>
    `  SELECT '${table}.${column}' AS "reference", COUNT(*) AS "n" FROM "${table}" x
    WHERE x."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${target}" y WHERE y."id" = x."${column}")`,
).join("\n  UNION ALL\n")}
) AS checks WHERE "n" > 0`;

/**
 * Entity.degree from the links themselves: the live links touching each entity, a loop counted
 * once, exactly what the Link triggers maintain. Only rows whose degree is wrong are written.
 */
export const recomputeDegreeSql = [
  `UPDATE "Entity" SET "degree" = 0 WHERE "degree" <> 0
     AND NOT EXISTS (SELECT 1 FROM "Link" l WHERE l."sourceId" = "Entity"."id" AND l."deletedAt" IS NULL)
     AND NOT EXISTS (SELECT 1 FROM "Link" l WHERE l."targetId" = "Entity"."id" AND l."deletedAt" IS NULL)`,
  `UPDATE "Entity" SET "degree" = c."n"
   FROM (
     SELECT "id", COUNT(*) AS "n" FROM (
       SELECT "sourceId" AS "id" FROM "Link" WHERE "deletedAt" IS NULL
       UNION ALL
       SELECT "targetId" FROM "Link" WHERE "deletedAt" IS NULL AND "targetId" <> "sourceId"
     ) AS ends GROUP BY "id"
   ) AS c
   WHERE c."id" = "Entity"."id" AND "Entity"."degree" <> c."n"`,
];

/** Entity.date for the synthetic sessions and resources, what the Session and Resource triggers copy. */
export const copyEntityDateSql = [
  `UPDATE "Entity" SET "date" = (SELECT s."startDate" FROM "Session" s WHERE s."id" = "Entity"."id")
   WHERE "id" LIKE ${SYN} AND "kind" = 'SESSION'`,
  `UPDATE "Entity" SET "date" = (SELECT r."date" FROM "Resource" r WHERE r."id" = "Entity"."id")
   WHERE "id" LIKE ${SYN} AND "kind" = 'RESOURCE'`,
];

export const bumpDataVersionSql = `UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`;

export class SyntheticDataExistsError extends Error {
  override name = "SyntheticDataExistsError";
  constructor(readonly count: number) {
    super(`the database already holds ${count} synthetic entities (ids starting '${SYNTHETIC_PREFIX}'); pass --replace to delete them and generate anew`);
  }
}

export class DanglingReferenceError extends Error {
  override name = "DanglingReferenceError";
  constructor(readonly dangling: { reference: string; n: number }[]) {
    super(`the load would leave rows pointing at nothing (${dangling.map((d) => `${d.reference}: ${d.n}`).join(", ")}); nothing was written`);
  }
}
