// The graph queries on the GSEF data: answers checked against the database and the YAML.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { raw } from "../setup/raw-dataset.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("neighbourhood", () => {
  it("returns the entity, its neighbours and the edges among them", async () => {
    const data = await t.data(`{ neighbourhood(id: "kampala") {
      nodeCount edgeCount truncated nodes { key } graphNodes { key depth } edges { type fromKey toKey sentence link { id } } } }`);
    const n = data.neighbourhood;
    const keys = n.nodes.map((x: any) => x.key);
    expect(keys[0]).toBe("kampala");
    // Everything the database ties to Kampala by a link or a foreign key.
    const sessions = raw.sessions.filter((s) => s.city === "kampala").map((s) => s.id);
    const organisations = raw.organisations.filter((o) => o.city === "kampala").map((o) => o.id);
    expect(keys.slice(1).sort()).toEqual([...sessions, ...organisations, "uganda"].sort());
    expect(n.graphNodes.find((d: any) => d.key === "uganda").depth).toBe(1);
    expect(n.edges.map((e: any) => e.sentence)).toContain("Kampala is in Uganda");
    // Every edge joins two returned nodes; structural edges have no Link behind them.
    for (const e of n.edges) {
      expect(keys).toContain(e.fromKey);
      expect(keys).toContain(e.toKey);
      expect(e.link === null).toBe(["HELD_IN", "PART_OF", "BASED_IN", "IN_COUNTRY", "BROADER"].includes(e.type));
    }
    expect(n.nodeCount).toBe(keys.length);
    expect(n.truncated).toBe(false);
  });

  it("goes deeper, filters by kind, link type and period, and truncates nearest first", async () => {
    const deep = await t.data(`{ neighbourhood(id: "kampala", depth: 2, kinds: [SESSION, PERSON, CITY]) { nodes { key kind } graphNodes { depth } } }`);
    const kinds = new Set(deep.neighbourhood.nodes.map((x: any) => x.kind));
    expect([...kinds].every((k) => ["SESSION", "PERSON", "CITY"].includes(k as string))).toBe(true);
    const uganda = raw.sessions.find((s) => s.id === "east-africa-training-uganda-2019");
    for (const p of uganda.participants) expect(deep.neighbourhood.nodes.map((x: any) => x.key)).toContain(p.person);
    expect(Math.max(...deep.neighbourhood.graphNodes.map((d: any) => d.depth))).toBe(2);

    const onlyHeld = await t.data(`{ neighbourhood(id: "seoul", linkTypes: [HELD_IN]) { nodes { kind } edges { type } } }`);
    expect(onlyHeld.neighbourhood.edges.every((e: any) => e.type === "HELD_IN")).toBe(true);
    expect(onlyHeld.neighbourhood.nodes.slice(1).every((x: any) => x.kind === "SESSION")).toBe(true);

    const all = await t.data(`{ neighbourhood(id: "seoul") { nodes { key } } }`);
    const in2019 = await t.data(`{ neighbourhood(id: "seoul", from: "2019", to: "2019") { nodes { key } edges { startDate endDate } } }`);
    expect(in2019.neighbourhood.nodes.length).toBeLessThan(all.neighbourhood.nodes.length);
    for (const e of in2019.neighbourhood.edges) if (e.startDate) expect(e.startDate <= "2019-12-31" && (e.endDate ?? e.startDate) >= "2019").toBe(true);

    const dated = await t.data(`{ neighbourhood(id: "seoul", from: "2019", to: "2019", entitiesInPeriod: true) { graphNodes { kind date } } }`);
    const sessions = dated.neighbourhood.graphNodes.filter((n: any) => n.kind === "SESSION");
    expect(sessions.length).toBeGreaterThan(0);
    for (const n of sessions) if (n.date) expect(n.date.slice(0, 4)).toBe("2019");
    expect(sessions.length).toBeLessThan(all.neighbourhood.nodes.length);

    const limited = await t.data(`{ neighbourhood(id: "gsef", depth: 2, limit: 5) { nodeCount truncated graphNodes { depth } } }`);
    expect(limited.neighbourhood).toMatchObject({ nodeCount: 5, truncated: true });
  });

  it("takes a global ID as well as a key", async () => {
    const { entity } = await t.data(`{ entity(key: "kampala") { id } }`);
    const byId = await t.data(`query($id: ID!) { neighbourhood(id: $id) { nodes { key } } }`, { id: entity.id });
    expect(byId.neighbourhood.nodes[0].key).toBe("kampala");
  });

  it("refuses depths and limits past the caps, and unknown entities, with a clear error", async () => {
    const deep = await t.gql(`{ neighbourhood(id: "kampala", depth: 4) { nodeCount } }`);
    expect(deep.errors?.[0]).toMatchObject({ message: "depth must be an integer from 1 to 3, got 4", extensions: { code: "BAD_USER_INPUT" } });
    const wide = await t.gql(`{ neighbourhood(id: "kampala", limit: 5000) { nodeCount } }`);
    expect(wide.errors?.[0]?.message).toMatch(/limit must be an integer from 1 to 2000, got 5000/);
    const unknown = await t.gql(`{ neighbourhood(id: "atlantis") { nodeCount } }`);
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    expect(unknown.errors?.[0]?.message).toMatch(/atlantis/);
  });
});

describe("whole graph", () => {
  it("keeps the kinds asked for, the most connected first, with the edges among them", async () => {
    const data = await t.data(`{ graph(kinds: [PERSON, SESSION], limit: 10) { nodeCount truncated graphNodes { key kind degree url } edges { fromKey toKey type } } }`);
    const g = data.graph;
    expect(g.nodeCount).toBe(10);
    expect(g.truncated).toBe(true);
    expect(g.graphNodes.every((n: any) => ["PERSON", "SESSION"].includes(n.kind))).toBe(true);
    const degrees = g.graphNodes.map((n: any) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a: number, b: number) => b - a));
    const keys = new Set(g.graphNodes.map((n: any) => n.key));
    for (const e of g.edges) expect(keys.has(e.fromKey) && keys.has(e.toKey)).toBe(true);
    expect(g.graphNodes[0].url).toBe(`/${g.graphNodes[0].kind.toLowerCase()}/${g.graphNodes[0].key}`);
    const all = await t.data(`{ graph(kinds: [SESSION], limit: 2000) { nodeCount truncated } }`);
    expect(all.graph).toEqual({ nodeCount: raw.sessions.length, truncated: false });
  });
});

describe("path", () => {
  it("says in words how a person reached a city", async () => {
    const data = await t.data(`{ path(from: "laurence-kwark", to: "colombo") { length sentence steps { from { key } to { key } sentence edge { type } } } }`);
    const [path] = data.path;
    expect(path.length).toBe(2);
    expect(path.steps[0].sentence).toBe("Laurence Kwark moderated Joint Session with the Asia Foundation on Economic Development for Inclusive Cities");
    expect(path.steps[1].edge.type).toBe("HELD_IN");
    expect(path.steps[0].from.key).toBe("laurence-kwark");
    expect(path.steps.at(-1).to.key).toBe("colombo");
  });

  it("connects two cities on different continents, every hop a real edge", async () => {
    const data = await t.data(`{ path(from: "kampala", to: "montreal", first: 10) { length nodes { key } steps { from { key } to { key } edge { fromKey toKey } } } }`);
    expect(data.path.length).toBeGreaterThan(0);
    const lengths = new Set(data.path.map((p: any) => p.length));
    expect(lengths.size).toBe(1); // all shortest, so all the same length
    for (const p of data.path) {
      expect(p.nodes[0].key).toBe("kampala");
      expect(p.nodes.at(-1).key).toBe("montreal");
      for (const s of p.steps) expect([s.edge.fromKey, s.edge.toKey].sort()).toEqual([s.from.key, s.to.key].sort());
    }
  });

  it("is empty, not an error, when no path is short enough or allowed", async () => {
    const tooShort = await t.data(`{ path(from: "kampala", to: "montreal", maxLength: 1) { length } }`);
    expect(tooShort.path).toEqual([]);
    const onlyThemes = await t.data(`{ path(from: "kampala", to: "montreal", via: [THEME]) { length } }`);
    expect(onlyThemes.path).toEqual([]);
  });
});

describe("related cases", () => {
  it("finds the trainings most like the Uganda training, with reasons that hold in the data", async () => {
    const data = await t.data(`{ relatedCases(id: "east-africa-training-uganda-2019", first: 5) {
      score entity { key kind } reasons { kind text values entities { key } } } }`);
    const cases = data.relatedCases;
    expect(cases.length).toBe(5);
    expect(cases.every((c: any) => c.entity.kind === "SESSION" && c.entity.key !== "east-africa-training-uganda-2019")).toBe(true);
    const scores = cases.map((c: any) => c.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    // The other training of the same series comes first, and says so.
    expect(cases[0].entity.key).toBe("national-training-senegal-2019");
    const kinds = cases[0].reasons.map((r: any) => r.kind);
    expect(kinds).toContain("SAME_SERIES");
    expect(kinds).toContain("SHARED_THEME");
    // Every shared theme named is a theme of both sessions in the YAML.
    const themesOf = (id: string) => new Set(raw.sessions.find((s) => s.id === id).themes);
    for (const c of cases) {
      const shared = c.reasons.find((r: any) => r.kind === "SHARED_THEME");
      if (!shared) continue;
      for (const theme of shared.values) {
        expect(themesOf("east-africa-training-uganda-2019").has(theme), theme).toBe(true);
        expect(themesOf(c.entity.key).has(theme), `${c.entity.key} ${theme}`).toBe(true);
      }
      expect(shared.entities.map((e: any) => e.key)).toEqual(shared.values);
      expect(shared.text).toMatch(/^shares the themes? /);
    }
  });

  it("works for cities, organisations and people too", async () => {
    for (const key of ["kampala", "kampala-capital-city-authority", "laurence-kwark"]) {
      const data = await t.data(`query($k: ID!) { relatedCases(id: $k, first: 3) { entity { kind } reasons { text } } }`, { k: key });
      const { entity } = await t.data(`query($k: String!) { entity(key: $k) { kind } }`, { k: key });
      expect(data.relatedCases.length, key).toBeGreaterThan(0);
      expect(data.relatedCases.every((c: any) => c.entity.kind === entity.kind && c.reasons.length > 0), key).toBe(true);
    }
  });
});

describe("network measures", () => {
  it("counts the graph and finds its hubs, brokers and communities", async () => {
    const data = await t.data(`{
      stats { entities links }
      networkStats {
        nodes edges components largestComponent modularity betweennessIsExact
        topByDegree(first: 3) { entity { key connectionCount } value }
        topByBetweenness(first: 3) { entity { key } value }
        communities(first: 50) { rank label size members(first: 3) { key } }
        regionalBrokers(first: 5) { entity { key } reaches { continent neighbours } }
        bridges(first: 5) { type sentence }
      } }`);
    const n = data.networkStats;
    expect(n.nodes).toBe(data.stats.entities);
    // Links plus structural edges: a city's country, a session's place and congress, a theme's parent...
    const structural =
      raw.cities.length +
      raw.sessions.filter((s) => s.city || s.country).length +
      raw.sessions.filter((s) => s.partOf).length +
      raw.organisations.filter((o) => o.city || o.country).length +
      raw.themes.filter((th) => th.parent).length;
    expect(n.edges).toBe(data.stats.links + structural);
    expect(n.betweennessIsExact).toBe(true);
    expect(n.topByDegree[0].entity.key).toBe("gsef");
    expect(n.largestComponent).toBeLessThanOrEqual(n.nodes);
    expect(n.modularity).toBeGreaterThan(0.3);
    expect(n.communities.reduce((sum: number, c: any) => sum + c.size, 0)).toBe(n.nodes);
    expect(n.communities.every((c: any) => c.label.length > 0)).toBe(true);
    expect(n.regionalBrokers[0].reaches.length).toBeGreaterThanOrEqual(2);
    const values = n.topByBetweenness.map((r: any) => r.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  });

  // Found by the fuzzer: a community member's city with only counts of its lists selected sent
  // Prisma an empty select for the city's organisations, a masked error for every session member.
  it("answers counts of a member's city's lists inside communities", async () => {
    const result = await t.gql(`{ networkStats { communities(first: 50) { members { __typename ... on Session { key city { key organisations(first: 0) { totalCount } sessions { totalCount } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const sessions = result.data.networkStats.communities.flatMap((c: any) => c.members).filter((m: any) => m.__typename === "Session");
    expect(sessions.length).toBe(raw.sessions.length);
    const kampala = sessions.find((m: any) => m.city?.key === "kampala");
    expect(kampala.city.sessions.totalCount).toBe(raw.sessions.filter((s) => s.city === "kampala").length);
    expect(kampala.city.organisations.totalCount).toBe(raw.organisations.filter((o) => o.city === "kampala").length);
  });

  it("gives each entity its metrics and timeline", async () => {
    const data = await t.data(`{
      entity(key: "laurence-kwark") { connectionCount metrics { degree betweenness community { rank label } } }
      timeline(id: "laurence-kwark") { date endDate sentence entity { key } }
    }`);
    expect(data.entity.metrics.degree).toBeGreaterThanOrEqual(data.entity.connectionCount);
    expect(data.entity.metrics.betweenness).toBeGreaterThan(0);
    const dates = data.timeline.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(data.timeline.map((e: any) => e.entity.key)).toEqual(expect.arrayContaining(["east-africa-training-uganda-2019", "economic-development-for-inclusive-cities-2017"]));
    expect(data.timeline.map((e: any) => e.sentence)).toContain("Laurence Kwark was a delegate to East Africa Training in Uganda");
  });
});

it("sees a write on the next query", async () => {
  const before = await t.data(`{ path(from: "kampala", to: "bilbao", maxLength: 1) { length } }`);
  expect(before.path).toEqual([]);
  await t.db.prisma.link.create({ data: { id: "test-kampala-bilbao", type: "MENTION", sourceId: "kampala", targetId: "bilbao", role: "mention" } });
  const after = await t.data(`{ path(from: "kampala", to: "bilbao", maxLength: 1) { length sentence } }`);
  expect(after.path).toEqual([{ length: 1, sentence: "Kampala mentions Bilbao" }]);
  await t.db.prisma.link.delete({ where: { id: "test-kampala-bilbao" } });
});
