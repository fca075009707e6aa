// The synthetic generator and its bulk loader at scale S, on both databases: rows that keep every
// constraint, derived data (degree, date, search index, data version) exactly as normal inserts with
// their triggers would leave it, GSEF rows untouched, and each benchmark query answering sensibly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "@agora/api";
import {
  dataVersion,
  generateIntoDatabase,
  generateSyntheticNetwork,
  LINK_ROLES,
  normaliseForSearch,
  SCALES,
  searchEntityIds,
  SyntheticDataExistsError,
  type SyntheticNetwork,
} from "@agora/db";
import { copyOfBaseDb, type Engine, type TestDb } from "../setup/test-db.ts";
import { ENTITY_BY_KEY, NEIGHBOURHOOD, NODE_BY_ID, PATH, RELATED_CASES, RELATED_KINDS } from "../bench/graph-queries.ts";

const S = SCALES.S;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Which kinds each link type joins (prisma/schema.prisma, LinkType). */
const ENDS: Record<string, [string[], string[] | null]> = {
  PARTICIPATION: [["PERSON"], ["SESSION"]],
  ORGANISATION_ROLE: [["ORGANISATION"], ["SESSION"]],
  AFFILIATION: [["PERSON"], ["ORGANISATION"]],
  MEMBERSHIP: [["ORGANISATION", "CITY"], ["ORGANISATION"]],
  RESOURCE_LINK: [["RESOURCE"], null],
  THEME_TAG: [["SESSION", "RESOURCE", "ORGANISATION"], ["THEME"]],
  MENTION: [["SESSION", "RESOURCE"], null],
};

const linkRows = (n: SyntheticNetwork) => [...n.links.rows()];

describe("synthetic network generator", () => {
  const network = generateSyntheticNetwork({ scale: S, seed: 1 });

  it("gives the same rows for the same seed, other rows for another", () => {
    const again = generateSyntheticNetwork({ scale: S, seed: 1 });
    expect(again.entities).toEqual(network.entities);
    expect(again.sessions).toEqual(network.sessions);
    expect(linkRows(again)).toEqual(linkRows(network));
    const other = generateSyntheticNetwork({ scale: S, seed: 2 });
    expect(linkRows(other)).not.toEqual(linkRows(network));
  });

  it("has the size of its scale, synthetic ids and the seed's normalised search columns", () => {
    expect(network.entities.length).toBe(1000);
    expect(network.links.count).toBe(S.links);
    const aliasesOf = new Map<string, string[]>();
    for (const a of network.aliases) aliasesOf.set(a.entityId, [...(aliasesOf.get(a.entityId) ?? []), a.name]);
    for (const e of network.entities) {
      expect(e.id.startsWith("syn-")).toBe(true);
      expect(e.sortKey).toBe(normaliseForSearch(e.label));
      // searchText holds the label and every alias, normalised (dataset-rows.ts does the same).
      for (const name of [e.label, ...(aliasesOf.get(e.id) ?? [])]) expect(e.searchText).toContain(normaliseForSearch(name));
    }
    expect(new Set(network.entities.map((e) => e.id)).size).toBe(network.entities.length);
  });

  it("makes links of the right types, roles, ends and dates, never twice", () => {
    const kindOf = new Map(network.entities.map((e) => [e.id, e.kind as string]));
    const keys = new Set<string>();
    for (const l of linkRows(network)) {
      expect(LINK_ROLES[l.type] as readonly string[]).toContain(l.role);
      const [sources, targets] = ENDS[l.type]!;
      expect(sources).toContain(kindOf.get(l.sourceId));
      if (targets) expect(targets).toContain(kindOf.get(l.targetId));
      else expect(kindOf.has(l.targetId)).toBe(true);
      expect(l.sourceId).not.toBe(l.targetId);
      for (const d of [l.startDate, l.endDate, l.asOf]) if (d !== null) expect(d).toMatch(PARTIAL_DATE);
      if (l.startDate && l.endDate) expect(l.endDate >= l.startDate.slice(0, 4)).toBe(true);
      keys.add(`${l.type}|${l.sourceId}|${l.targetId}|${l.role}`);
    }
    expect(keys.size).toBe(network.links.count);
    for (const s of network.sessions) {
      for (const d of [s.startDate, s.endDate, s.applicationDeadline]) if (d !== null) expect(d).toMatch(PARTIAL_DATE);
      if (s.startDate && s.endDate) expect(s.endDate >= s.startDate).toBe(true);
    }
  });

  it("spreads degrees like a power law: a few hubs, many leaves", () => {
    const degrees = [...network.links.degrees()].sort((a, b) => b - a);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    const ends = 2 * network.links.count;
    expect(degrees[0]!).toBeGreaterThan(20 * median);
    // The busiest 1% hold over a tenth of all link ends; a tenth of entities have two links at most.
    expect(degrees.slice(0, degrees.length / 100).reduce((a, b) => a + b, 0)).toBeGreaterThan(ends / 10);
    expect(degrees.filter((d) => d <= 2).length).toBeGreaterThan(degrees.length / 10);
  });

  it("builds a theme tree, series with numbered editions and congress sessions inside their congress", () => {
    const themes = new Map(network.themes.map((t) => [t.id, t]));
    const depth = (id: string): number => (themes.get(id)!.parentId ? 1 + depth(themes.get(id)!.parentId!) : 0);
    expect(new Set(network.themes.map((t) => depth(t.id)))).toEqual(new Set([0, 1, 2]));
    const series = new Map<string, number[]>();
    for (const s of network.sessions) if (s.series) series.set(s.series, [...(series.get(s.series) ?? []), s.edition!]);
    expect(series.size).toBeGreaterThan(1);
    for (const editions of series.values()) expect(editions.sort((a, b) => a - b)).toEqual(editions.map((_, i) => i + 1));
    const sessions = new Map(network.sessions.map((s) => [s.id, s]));
    const parts = network.sessions.filter((s) => s.parentId);
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) {
      expect(p.kind).toBe("CONGRESS_SESSION");
      expect(["FORUM", "CONGRESS"]).toContain(sessions.get(p.parentId!)!.kind);
    }
  });
});

async function rows<T = Record<string, unknown>>(db: TestDb, sql: string): Promise<T[]> {
  return db.prisma.$queryRawUnsafe<T[]>(sql);
}
const num = (v: unknown) => Number(v);

/** The search index rows of synthetic entities, comparable across two databases of one engine. */
function searchRows(db: TestDb) {
  return db.kind === "sqlite"
    ? rows(db, `SELECT k."entityId", s."names", s."body", s."exactNames" FROM "EntitySearchKey" k JOIN "EntitySearch" s ON s.rowid = k."id"
        WHERE k."entityId" LIKE 'syn-%' ORDER BY k."entityId"`)
    : rows(db, `SELECT "entityId", "kind", "sortKey", "names", "exactNames", "document"::text AS "document" FROM "EntitySearch" WHERE "entityId" LIKE 'syn-%' ORDER BY "entityId"`);
}

/** What normal inserts give: every row through Prisma, with all triggers firing. */
async function insertNormally(db: TestDb, n: SyntheticNetwork) {
  const p = db.prisma as any;
  await p.entity.createMany({ data: n.entities });
  await p.country.createMany({ data: n.countries });
  await p.city.createMany({ data: n.cities });
  await p.theme.createMany({ data: n.themes });
  await p.organisation.createMany({ data: n.organisations });
  await p.person.createMany({ data: n.people });
  await p.session.createMany({ data: n.sessions });
  await p.resource.createMany({ data: n.resources });
  await p.link.createMany({ data: linkRows(n) });
  await p.alias.createMany({ data: n.aliases });
}

for (const engine of ["sqlite", "postgres"] as Engine[]) {
  describe(`scale S bulk-loaded into ${engine}`, () => {
    const network = generateSyntheticNetwork({ scale: S, seed: 1 });
    let db: TestDb;
    let reference: TestDb;
    let versionBefore: number;
    let gsefBefore: unknown[];
    let app: ReturnType<typeof createApp>;
    const gsefRows = () => rows(db, `SELECT "id", "degree", "version", "updatedAt", "searchText" FROM "Entity" WHERE "id" NOT LIKE 'syn-%' ORDER BY "id"`);

    beforeAll(async () => {
      [db, reference] = await Promise.all([copyOfBaseDb(engine), copyOfBaseDb(engine)]);
      versionBefore = await dataVersion(db);
      gsefBefore = await gsefRows();
      await generateIntoDatabase({ url: db.target.url, scale: S, seed: 1 });
      await insertNormally(reference, network);
      app = createApp({ db, webDist: null, cacheTtlSeconds: 0, persistedOperationsManifest: null, log: () => {} });
    });
    afterAll(async () => {
      await db?.close();
      await reference?.close();
    });

    const gql = async (query: string, variables: Record<string, unknown>) => {
      const response = await app.fetch("http://agora.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data;
    };

    it("holds every generated row, beside GSEF rows left exactly as they were", async () => {
      const counts = await rows<{ kind: string; n: unknown }>(db, `SELECT CAST("kind" AS TEXT) AS "kind", COUNT(*) AS "n" FROM "Entity" WHERE "id" LIKE 'syn-%' GROUP BY "kind"`);
      const expected: Record<string, number> = {};
      for (const e of network.entities) expected[e.kind] = (expected[e.kind] ?? 0) + 1;
      expect(Object.fromEntries(counts.map((c) => [c.kind, num(c.n)]))).toEqual(expected);
      const [links] = await rows<{ n: unknown }>(db, `SELECT COUNT(*) AS "n" FROM "Link" WHERE "id" LIKE 'syn-%'`);
      expect(num(links!.n)).toBe(S.links);
      expect(await gsefRows()).toEqual(gsefBefore);
    });

    it("keeps every foreign key, enum and date format", async () => {
      const dangling = await rows<{ n: unknown }>(
        db,
        `SELECT COUNT(*) AS "n" FROM "Link" l WHERE NOT EXISTS (SELECT 1 FROM "Entity" e WHERE e."id" = l."sourceId")
                                               OR NOT EXISTS (SELECT 1 FROM "Entity" e WHERE e."id" = l."targetId")
         UNION ALL SELECT COUNT(*) FROM "City" c WHERE NOT EXISTS (SELECT 1 FROM "Country" x WHERE x."id" = c."countryId")
         UNION ALL SELECT COUNT(*) FROM "Session" s WHERE (s."cityId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "City" x WHERE x."id" = s."cityId"))
                                                    OR (s."parentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Session" x WHERE x."id" = s."parentId"))
         UNION ALL SELECT COUNT(*) FROM "Organisation" o WHERE o."countryId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Country" x WHERE x."id" = o."countryId")
         UNION ALL SELECT COUNT(*) FROM "Theme" t WHERE t."parentId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Theme" x WHERE x."id" = t."parentId")
         UNION ALL SELECT COUNT(*) FROM "Alias" a WHERE NOT EXISTS (SELECT 1 FROM "Entity" x WHERE x."id" = a."entityId")`,
      );
      expect(dangling.map((d) => num(d.n))).toEqual([0, 0, 0, 0, 0, 0]);
      // Each detail row sits on an Entity of its own kind.
      for (const [table, kind] of [["Person", "PERSON"], ["Country", "COUNTRY"], ["City", "CITY"], ["Organisation", "ORGANISATION"], ["Session", "SESSION"], ["Resource", "RESOURCE"], ["Theme", "THEME"]]) {
        const [wrong] = await rows<{ n: unknown }>(db, `SELECT COUNT(*) AS "n" FROM "${table}" d LEFT JOIN "Entity" e ON e."id" = d."id" WHERE e."id" IS NULL OR CAST(e."kind" AS TEXT) <> '${kind}'`);
        expect(num(wrong!.n), table).toBe(0);
      }
      if (engine === "sqlite") expect(await rows(db, `PRAGMA foreign_key_check`)).toEqual([]);
      const types = await rows<{ type: string }>(db, `SELECT DISTINCT CAST("type" AS TEXT) AS "type" FROM "Link" WHERE "id" LIKE 'syn-%'`);
      expect(types.map((t) => t.type).sort()).toEqual(Object.keys(LINK_ROLES).sort());
      const dates = await rows<{ d: string }>(
        db,
        `SELECT "startDate" AS "d" FROM "Link" WHERE "startDate" IS NOT NULL UNION SELECT "endDate" FROM "Link" WHERE "endDate" IS NOT NULL
         UNION SELECT "asOf" FROM "Link" WHERE "asOf" IS NOT NULL UNION SELECT "startDate" FROM "Session" WHERE "startDate" IS NOT NULL`,
      );
      for (const { d } of dates) expect(d).toMatch(PARTIAL_DATE);
    });

    it("leaves degree, date, search index and data version as normal inserts with their triggers do", async () => {
      const wrongDegree = await rows<{ n: unknown }>(
        db,
        `SELECT COUNT(*) AS "n" FROM "Entity" e WHERE e."degree" <>
           (SELECT COUNT(*) FROM "Link" l WHERE l."deletedAt" IS NULL AND (l."sourceId" = e."id" OR l."targetId" = e."id"))`,
      );
      expect(num(wrongDegree[0]!.n)).toBe(0);
      const degrees = (d: TestDb) => rows(d, `SELECT "id", "degree" FROM "Entity" WHERE "id" LIKE 'syn-%' ORDER BY "id"`);
      expect(await degrees(db)).toEqual(await degrees(reference));
      const dates = (d: TestDb) => rows(d, `SELECT "id", "date" FROM "Entity" WHERE "id" LIKE 'syn-%' AND "date" IS NOT NULL ORDER BY "id"`);
      const loadedDates = await dates(db);
      expect(loadedDates.length).toBeGreaterThan(0);
      expect(loadedDates).toEqual(await dates(reference));
      const index = await searchRows(db);
      expect(index.length).toBe(network.entities.length);
      expect(index).toEqual(await searchRows(reference));
      expect(await dataVersion(db)).toBeGreaterThan(versionBefore);
    });

    it("makes generated entities findable by name, alias and acronym", async () => {
      const person = network.people.find((p) => network.people.filter((q) => q.name === p.name).length === 1)!;
      const found = await searchEntityIds(db, { query: person.name, kinds: ["PERSON"], limit: 5, offset: 0 });
      expect(found.ids[0]).toBe(person.id);
      const alias = network.aliases[0]!;
      expect((await searchEntityIds(db, { query: alias.name, limit: 50, offset: 0 })).ids).toContain(alias.entityId);
      const organisation = network.organisations.find((o) => o.acronym)!;
      expect((await searchEntityIds(db, { query: organisation.acronym!, kinds: ["ORGANISATION"], limit: 50, offset: 0 })).ids).toContain(organisation.id);
    });

    it("refuses to load beside earlier synthetic rows unless told to replace them", async () => {
      await expect(generateIntoDatabase({ url: db.target.url, scale: S, seed: 2 })).rejects.toBeInstanceOf(SyntheticDataExistsError);
    });

    it("answers each benchmark query sensibly", async () => {
      const session = network.sessions.find((s) => s.parentId)!;
      const hood = (await gql(NEIGHBOURHOOD, { id: session.id })).neighbourhood;
      expect(hood.graphNodes[0]).toMatchObject({ key: session.id, depth: 0, kind: "SESSION" });
      expect(hood.graphNodes.map((n: { key: string }) => n.key)).toContain(session.parentId);
      expect(hood.nodeCount).toBe(hood.graphNodes.length);
      expect(Math.max(...hood.graphNodes.map((n: { depth: number }) => n.depth))).toBe(2);

      const [from, to] = [network.people[0]!.id, network.cities[0]!.id];
      const paths = (await gql(PATH, { from, to })).path;
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) {
        expect(p.nodes[0].key).toBe(from);
        expect(p.nodes.at(-1).key).toBe(to);
        expect(p.nodes.length).toBe(p.length + 1);
      }

      const degrees = network.links.degrees();
      for (const kind of RELATED_KINDS) {
        const id = network.entities.find((e, i) => e.kind === kind && degrees[i]! > 2)!.id;
        const related = (await gql(RELATED_CASES, { id })).relatedCases;
        expect(related.length, kind).toBeGreaterThan(0);
        for (const c of related) {
          expect(c.entity.kind).toBe(kind);
          expect(c.entity.key).not.toBe(id);
          expect(c.reasons.length).toBeGreaterThan(0);
        }
      }

      const { entity } = await gql(ENTITY_BY_KEY, { key: session.id });
      expect(entity).toMatchObject({ key: session.id, kind: "SESSION", label: session.title });
      const { node } = await gql(NODE_BY_ID, { id: entity.id });
      expect(node).toMatchObject({ id: entity.id, key: session.id, connectionCount: entity.connectionCount });
    });

    it("replaces earlier synthetic rows with --replace, leaving no trace of them", async () => {
      // History of synthetic rows (the benchmark's write query leaves some) goes with them.
      const edited = network.sessions[0]!.id;
      const link = (await rows<{ id: string }>(db, `SELECT "id" FROM "Link" WHERE "targetId" LIKE 'syn-%' AND "sourceId" NOT LIKE 'syn-%' LIMIT 1`))[0];
      await db.prisma.revision.create({ data: { id: "rev-synthetic-edit", entityId: edited, action: "UPDATE", version: 2 } });
      if (link) await db.prisma.revision.create({ data: { id: "rev-synthetic-link", entityId: "kampala", linkId: link.id, action: "CREATE", version: 1 } });
      const result = await generateIntoDatabase({ url: db.target.url, scale: S, seed: 2, replace: true });
      expect(result.replaced).toBe(network.entities.length);
      const other = generateSyntheticNetwork({ scale: S, seed: 2 });
      const labels = await rows<{ id: string; label: string }>(db, `SELECT "id", "label" FROM "Entity" WHERE "id" LIKE 'syn-%' ORDER BY "id"`);
      expect(labels).toEqual(other.entities.map((e) => ({ id: e.id, label: e.label })).sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(await gsefRows()).toEqual(gsefBefore);
      expect(await rows(db, `SELECT "id" FROM "Revision" WHERE "id" LIKE 'rev-synthetic-%'`)).toEqual([]);
      const [index] = await rows<{ n: unknown }>(db, engine === "sqlite" ? `SELECT COUNT(*) AS "n" FROM "EntitySearchKey"` : `SELECT COUNT(*) AS "n" FROM "EntitySearch"`);
      const [live] = await rows<{ n: unknown }>(db, `SELECT COUNT(*) AS "n" FROM "Entity" WHERE "deletedAt" IS NULL`);
      expect(num(index!.n)).toBe(num(live!.n));
      const [wrong] = await rows<{ n: unknown }>(
        db,
        `SELECT COUNT(*) AS "n" FROM "Entity" e WHERE e."degree" <>
           (SELECT COUNT(*) FROM "Link" l WHERE l."deletedAt" IS NULL AND (l."sourceId" = e."id" OR l."targetId" = e."id"))`,
      );
      expect(num(wrong!.n)).toBe(0);
    });
  });
}
