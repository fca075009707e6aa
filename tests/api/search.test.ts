// search(query:) is ranked full-text search (FTS5 on SQLite, tsvector on PostgreSQL) over an
// index that database triggers keep in step with every write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseForSearch, searchEntityIds } from "@agora/db";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const SEARCH = `query($q: String!, $types: [EntityKind!], $first: Int, $after: String, $last: Int, $before: String) {
  search(query: $q, types: $types, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { __typename key kind label } }
  }
}`;

async function search(q: string, variables: Record<string, unknown> = {}) {
  const data = await t.data(SEARCH, { q, first: 100, ...variables });
  return data.search as { totalCount: number; pageInfo: any; edges: { cursor: string; node: { __typename: string; key: string; kind: string; label: string } }[] };
}
const keys = async (q: string, variables: Record<string, unknown> = {}) => (await search(q, variables)).edges.map((e) => e.node.key);
/** The index itself, under the API's response cache: what the database finds right now. */
const indexed = async (query: string) => (await searchEntityIds(t.db, { query, limit: 100, offset: 0 })).ids;

describe("ranking", () => {
  it("puts the entity a query names above those whose descriptions mention it", async () => {
    const seoul = await keys("seoul");
    expect(seoul[0]).toBe("seoul");
    // Park Won-soon's biography mentions Seoul; his name does not.
    const mention = seoul.indexOf("park-won-soon");
    expect(mention).toBeGreaterThan(0);
    for (const named of ["seoul-metropolitan-government", "seoul-social-economy-network"]) {
      expect(seoul.indexOf(named)).toBeGreaterThan(0);
      expect(seoul.indexOf(named)).toBeLessThan(mention);
    }
  });

  it("ranks whole words in names above words they only start", async () => {
    const africa = await keys("africa");
    expect(africa.indexOf("south-africa")).toBeLessThan(africa.indexOf("african-union"));
  });

  it("orders equal matches the same way every time", async () => {
    const first = await indexed("social economy");
    expect(await indexed("social economy")).toEqual(first);
    expect(await keys("social economy")).toEqual(first);
  });
});

describe("matching", () => {
  it("ignores case and accents, in the query and in the data", async () => {
    expect(await keys("SÉOUL")).toEqual(await keys("seoul"));
    expect((await keys("mondragon"))[0]).toBe("mondragon"); // stored as Mondragón
    expect((await keys("JOSÉ MARÍA"))[0]).toBe("jose-maria-arizmendiarrieta");
    expect(await keys("Montréal")).toContain("montreal");
    expect(await keys("reseau d'investissement social du quebec")).toContain("risq");
  });

  it("finds words from their first letters", async () => {
    expect((await keys("kamp")).slice(0, 3).sort()).toEqual(["kampala", "kampala-capital-city-authority", "kampala-declaration"]);
    expect((await keys("arizmend"))[0]).toBe("jose-maria-arizmendiarrieta");
  });

  it("finds a person whatever the order and joining of the parts of the name", async () => {
    for (const q of ["Kim Joung-Youl", "Joungyoul Kim", "joung-youl kim", "KIM JOUNGYOUL", "kim joung youl"]) {
      expect((await keys(q))[0], q).toBe("kim-joung-youl");
    }
  });

  it("finds organisations by acronym", async () => {
    for (const q of ["KCCA", "kcca"]) {
      const found = await keys(q);
      expect(found[0], q).toBe("kampala-capital-city-authority");
      // The training whose summary names KCCA matches too, below.
      expect(found).toContain("east-africa-training-uganda-2019");
    }
  });

  it("finds aliases and misspellings", async () => {
    expect(await keys("Jaffina")).toEqual(expect.arrayContaining(["jaffna", "jaffna-municipal-council"]));
  });

  it("requires every word", async () => {
    expect(await keys("kampala declaration")).toContain("kampala-declaration");
    expect(await keys("kampala declaration")).not.toContain("kampala");
  });
});

describe("types", () => {
  it("keeps only entities of the kinds asked for, and counts only them", async () => {
    const cities = await search("kampala", { types: ["CITY"] });
    expect(cities.edges.map((e) => e.node.key)).toEqual(["kampala"]);
    expect(cities.totalCount).toBe(1);
    const some = await search("kampala", { types: ["ORGANISATION", "SESSION"] });
    expect(some.edges.length).toBeGreaterThan(1);
    expect(some.totalCount).toBe(some.edges.length);
    expect(new Set(some.edges.map((e) => e.node.kind))).toEqual(new Set(["ORGANISATION", "SESSION"]));
    expect((await search("kampala", { types: [] })).totalCount).toBe((await search("kampala")).totalCount);
  });
});

describe("pagination", () => {
  it("pages through every result once, in rank order, with the total on every page", async () => {
    const all = await search("social");
    expect(all.totalCount).toBeGreaterThan(12);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await search("social", { first: 5, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e) => e.node.key));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e) => e.node.key));
    expect(new Set(seen).size).toBe(all.totalCount);
  });

  it("pages backwards from the end", async () => {
    const all = (await search("social")).edges.map((e) => e.node.key);
    const last = await search("social", { first: undefined, last: 3 });
    expect(last.edges.map((e) => e.node.key)).toEqual(all.slice(-3));
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const before = await search("social", { first: undefined, last: 2, before: last.edges[0]!.cursor });
    expect(before.edges.map((e) => e.node.key)).toEqual(all.slice(-5, -3));
  });

  it("gives the total past the last page and with first: 0", async () => {
    const total = (await search("kampala")).totalCount;
    const end = await search("kampala", { first: 5, after: (await search("kampala", { first: total })).pageInfo.endCursor });
    expect(end.edges).toEqual([]);
    expect(end.totalCount).toBe(total);
    expect((await search("kampala", { first: 0 })).totalCount).toBe(total);
  });

  it("loads nested fields of a page in a fixed number of statements", async () => {
    const nested = `query($n: Int!) { search(query: "social", first: $n) { edges { node { key aliases { edges { node { name } } } sources { edges { node { passage } } } ... on Organisation { acronym city { name } } } } } }`;
    const count = async (n: number) => {
      const before = t.db.statements.length;
      const data = await t.data(nested, { n });
      return { statements: t.db.statements.length - before, rows: data.search.edges.length };
    };
    const one = await count(1);
    const many = await count(20);
    expect(one.rows).toBe(1);
    expect(many.rows).toBe(20);
    expect(many.statements).toBe(one.statements);
  });
});

// Written with Prisma directly, as any writer may, and read from the index directly: the API's
// response cache only learns of writes made through the API.
describe("the index follows writes", () => {
  const entity = (id: string, label: string, description: string) => ({
    id,
    kind: "CITY" as const,
    label,
    sortKey: normaliseForSearch(label),
    searchText: normaliseForSearch(`${label} ${description}`),
    description,
  });

  it("finds an entity as soon as it is inserted, and by its new name once renamed", async () => {
    await t.db.prisma.entity.create({ data: entity("zanzibar-town", "Zanzibar Town", "Capital of Zanzibar") });
    expect((await indexed("zanzib"))[0]).toBe("zanzibar-town");
    await t.db.prisma.entity.update({
      where: { id: "zanzibar-town" },
      data: { label: "Stone Town", sortKey: "stone town", searchText: "stone town the old quarter", description: "The old quarter" },
    });
    expect((await indexed("stone town"))[0]).toBe("zanzibar-town");
    expect(await indexed("zanzib")).toEqual([]);
  });

  it("indexes a new alias without any other write", async () => {
    await t.db.prisma.alias.create({ data: { id: "als_test_jinja", entityId: "kampala", name: "Kampala Jinja-Road", normalised: "kampala jinja road", kind: "SPELLING_VARIANT" } });
    expect((await indexed("jinja"))[0]).toBe("kampala");
    expect((await indexed("jinjaroad"))[0]).toBe("kampala");
    await t.db.prisma.alias.delete({ where: { id: "als_test_jinja" } });
    expect(await indexed("jinja")).toEqual([]);
  });

  it("meets names split or joined differently from the query, with no alias to help", async () => {
    await t.db.prisma.entity.create({ data: { ...entity("lee-seung-hoon", "Lee Seung-hoon", "Test person"), kind: "PERSON" } });
    await t.db.prisma.entity.create({ data: { ...entity("choi-minsu", "Minsu Choi", "Test person"), kind: "PERSON" } });
    expect((await indexed("Seunghoon Lee"))[0]).toBe("lee-seung-hoon");
    expect((await indexed("Choi Min-su"))[0]).toBe("choi-minsu");
  });

  it("forgets a soft-deleted entity and finds it again when restored", async () => {
    expect(await indexed("kampala declaration")).toContain("kampala-declaration");
    await t.db.prisma.entity.update({ where: { id: "kampala-declaration" }, data: { deletedAt: new Date() } });
    const after = await searchEntityIds(t.db, { query: "kampala", limit: 100, offset: 0 });
    expect(after.ids).not.toContain("kampala-declaration");
    expect(after.totalCount).toBe(after.ids.length);
    await t.db.prisma.entity.update({ where: { id: "kampala-declaration" }, data: { deletedAt: null } });
    expect(await indexed("kampala declaration")).toContain("kampala-declaration");
  });

  it("forgets a deleted entity", async () => {
    await t.db.prisma.entity.create({ data: entity("atlantis", "Atlantis", "A city under the sea") });
    expect(await indexed("atlantis")).toEqual(["atlantis"]);
    await t.db.prisma.entity.delete({ where: { id: "atlantis" } });
    expect(await indexed("atlantis")).toEqual([]);
  });
});

describe("hostile input", () => {
  const HOSTILE = [
    '"',
    "*",
    "NEAR(",
    "NEAR(kampala seoul, 2)",
    "OR",
    "kampala OR seoul",
    "-",
    "-kampala",
    "kamp*",
    '"kampala',
    "{names}: kampala",
    "names:kampala",
    "^kampala",
    "kampala & !seoul",
    "kampala:*A",
    "'; DROP TABLE \"Entity\"; --",
    "\\",
    "\u0000",
    "   ",
    "",
    "𝔨𝔞𝔪𝔭𝔞𝔩𝔞",
  ];

  it.each(HOSTILE)("answers %j with results or nothing, never an error", async (q) => {
    const result = await t.gql(SEARCH, { q, first: 10 });
    expect(result.errors).toBeUndefined();
    expect(result.data.search.totalCount).toBeGreaterThanOrEqual(0);
  });

  it("treats operator words as words and punctuation as nothing", async () => {
    // "OR" is one more word every result must contain, not a union.
    const or = await search("kampala OR seoul");
    expect(or.totalCount).toBeLessThanOrEqual((await search("kampala seoul")).totalCount);
    expect((await keys("-kampala"))[0]).toBe("kampala");
    expect((await keys('"kampala"*'))[0]).toBe("kampala");
  });

  it("refuses a 10 000-character query with a message that says why", async () => {
    for (const q of ["a".repeat(10_000), "kampala ".repeat(1250), '"*NEAR( '.repeat(1250)]) {
      const result = await t.gql(SEARCH, { q });
      expect(result.errors?.[0]?.message).toMatch(/too long: at most 500 characters/);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const words = await t.gql(SEARCH, { q: "a ".repeat(40) });
    expect(words.errors?.[0]?.message).toMatch(/too many words/);
  });

  it("still works after all that", async () => {
    expect((await keys("kampala"))[0]).toBe("kampala");
  });
});
