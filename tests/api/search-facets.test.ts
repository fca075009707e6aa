// Search facets, facet filters and highlights, checked against the YAML.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { nodes } from "../setup/nodes.ts";
import { continentOf, raw, sessionCountry, themeAndBelow } from "../setup/raw-dataset.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const FACETS = `facets { partial kinds { value count } continents { value label count } countries { value label count } themes { value label count } years { value count } }`;

it("counts every match once per value on each facet", async () => {
  const data = await t.data(`{ search(query: "training", first: 100) { totalCount edges { node { key kind } } ${FACETS} } }`);
  const { search } = data;
  const kinds = new Map<string, number>();
  for (const { node } of search.edges) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
  expect(new Map(search.facets.kinds.map((k: any) => [k.value, k.count]))).toEqual(kinds);
  expect(search.facets.kinds.reduce((sum: number, k: any) => sum + k.count, 0)).toBe(search.totalCount);
  expect(search.facets.partial).toBe(false);
  expect(search.facets.continents.find((c: any) => c.value === "NORTH_AMERICA")?.label ?? "North America").toBe("North America");
  // Sessions among the matches, by year, as the YAML dates them.
  const matchedSessions = raw.sessions.filter((s) => search.edges.some((e: any) => e.node.key === s.id));
  const sessionYears = new Map<string, number>();
  for (const s of matchedSessions) if (s.start) sessionYears.set(String(s.start).slice(0, 4), (sessionYears.get(String(s.start).slice(0, 4)) ?? 0) + 1);
  for (const [year, count] of sessionYears) expect(search.facets.years.find((y: any) => y.value === year).count).toBeGreaterThanOrEqual(count);
});

it("narrows by facets, counting other values of the chosen facet as if it were not chosen", async () => {
  const all = await t.data(`{ search(query: "training", first: 100) { totalCount ${FACETS} } }`);
  const africa = await t.data(`{ search(query: "training", first: 100, continents: [AFRICA]) { totalCount edges { node { key } } ${FACETS} } }`);
  const expected = all.search.facets.continents.find((c: any) => c.value === "AFRICA").count;
  expect(africa.search.totalCount).toBe(expected);
  expect(nodes(africa.search).length).toBe(expected);
  // The continent facet itself is unchanged by choosing a continent.
  expect(africa.search.facets.continents).toEqual(all.search.facets.continents);
  // Every Africa match is a session or an organisation or a city in Africa, by the YAML.
  const african = new Set([
    ...raw.sessions.filter((s) => continentOf(sessionCountry(s)) === "AFRICA").map((s) => s.id),
    ...raw.cities.filter((c) => continentOf(c.country) === "AFRICA").map((c) => c.id),
    ...raw.organisations.filter((o) => continentOf(o.country ?? raw.cities.find((c) => c.id === o.city)?.country) === "AFRICA").map((o) => o.id),
    ...raw.countries.filter((c) => c.continent === "AFRICA").map((c) => c.id),
  ]);
  for (const { key } of nodes(africa.search)) expect(african.has(key), key).toBe(true);
});

it("takes themes with their sub-themes, and years", async () => {
  const below = themeAndBelow("capacity-building");
  const data = await t.data(`{ search(query: "gsef", first: 100, themes: ["capacity-building"], types: [SESSION]) { totalCount edges { node { key } } } }`);
  for (const { key } of nodes(data.search)) {
    const session = raw.sessions.find((s) => s.id === key);
    expect(session.themes.some((th: string) => below.has(th)), key).toBe(true);
  }
  const in2019 = await t.data(`{ search(query: "training", first: 100, years: [2019]) { edges { node { key ... on Session { startDate } ... on Resource { date } } } } }`);
  for (const { node } of in2019.search.edges) expect(String(node.startDate ?? node.date)).toMatch(/^2019/);
});

it("highlights what the query matched in the label and the description", async () => {
  const data = await t.data(`{ search(query: "kampala capital", first: 1) { edges { highlight { text matched } snippet { text matched } node { label } } } }`);
  const [edge] = data.search.edges;
  expect(edge.node.label).toBe("Kampala Capital City Authority");
  expect(edge.highlight).toEqual([
    { text: "Kampala Capital", matched: true },
    { text: " City Authority", matched: false },
  ]);
  expect(edge.highlight.map((p: any) => p.text).join("")).toBe(edge.node.label);
});

// Nodes load only the columns their requested fields name (Pothos select mode): the edge's
// highlight and snippet still need the label and description the node did not ask for.
it("highlights the label and description when the node asks for neither", async () => {
  const data = await t.data(`{ search(query: "kampala capital", first: 1) { edges { highlight { text matched } snippet { text } node { key } } } }`);
  const [edge] = data.search.edges;
  expect(edge.highlight).toEqual([
    { text: "Kampala Capital", matched: true },
    { text: " City Authority", matched: false },
  ]);
});
