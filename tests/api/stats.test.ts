// `stats` against the YAML dataset read independently.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { continentOf, raw, sessionCountry, themeAndBelow } from "../setup/raw-dataset.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const tally = (values: (string | number | undefined | null)[]) => {
  const m = new Map<string | number, number>();
  for (const v of values) if (v != null) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
};

it("counts entities by kind, and links", async () => {
  const data = await t.data(`{ stats { entities links byKind { kind count } } }`);
  const expected: Record<string, number> = {
    PERSON: raw.people.length, COUNTRY: raw.countries.length, CITY: raw.cities.length, ORGANISATION: raw.organisations.length,
    SESSION: raw.sessions.length, RESOURCE: raw.resources.length, THEME: raw.themes.length,
  };
  expect(Object.fromEntries(data.stats.byKind.map((k: any) => [k.kind, k.count]))).toEqual(expected);
  expect(data.stats.entities).toBe(Object.values(expected).reduce((a, b) => a + b));
  expect(data.stats.links).toBe(await t.db.prisma.link.count());
});

it("counts sessions by continent, country and year", async () => {
  const data = await t.data(`{ stats {
    byContinent { continent count } byCountry { country { key } count } byYear { year count } } }`);
  const byCountry = tally(raw.sessions.map(sessionCountry));
  expect(new Map(data.stats.byCountry.map((c: any) => [c.country.key, c.count]))).toEqual(byCountry);
  const counts = data.stats.byCountry.map((c: any) => c.count);
  expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  expect(new Map(data.stats.byContinent.map((c: any) => [c.continent, c.count]))).toEqual(tally(raw.sessions.map((s) => continentOf(sessionCountry(s)))));
  expect(new Map(data.stats.byYear.map((y: any) => [y.year, y.count]))).toEqual(tally(raw.sessions.map((s) => (s.start ? Number(String(s.start).slice(0, 4)) : null))));
});

it("counts organisations and cities where they are when asked", async () => {
  const data = await t.data(`{ stats { byContinent(kinds: [ORGANISATION, CITY]) { continent count } } }`);
  const orgCountry = (o: any) => o.country ?? raw.cities.find((c) => c.id === o.city)?.country;
  const expected = tally([...raw.organisations.map((o) => continentOf(orgCountry(o))), ...raw.cities.map((c) => continentOf(c.country))]);
  expect(new Map(data.stats.byContinent.map((c: any) => [c.continent, c.count]))).toEqual(expected);
});

it("counts sessions by theme, rolling sub-themes up without counting a session twice", async () => {
  const data = await t.data(`{ stats { byTheme { theme { key } count directCount } } }`);
  const got = new Map(data.stats.byTheme.map((c: any) => [c.theme.key, c]));
  for (const theme of raw.themes) {
    const below = themeAndBelow(theme.id);
    const count = raw.sessions.filter((s) => (s.themes ?? []).some((th: string) => below.has(th))).length;
    const direct = raw.sessions.filter((s) => (s.themes ?? []).includes(theme.id)).length;
    if (count === 0) expect(got.has(theme.id)).toBe(false);
    else expect(got.get(theme.id), theme.id).toMatchObject({ count, directCount: direct });
  }
});

it("fills the coverage grid so that each continent's cells add up per year and theme", async () => {
  const data = await t.data(`{ stats { coverage { continent theme { key } year sessions } } }`);
  const cells = data.stats.coverage;
  // Africa, capacity building, 2019: the Uganda and Senegal trainings.
  const top = (key: string) => [...themeAndBelow(key)];
  const expected = raw.sessions.filter(
    (s) => continentOf(sessionCountry(s)) === "AFRICA" && String(s.start ?? "").startsWith("2019") && (s.themes ?? []).some((th: string) => top("capacity-building").includes(th)),
  ).length;
  expect(expected).toBe(2);
  expect(cells.find((c: any) => c.continent === "AFRICA" && c.theme?.key === "capacity-building" && c.year === 2019)?.sessions).toBe(expected);
  // Untagged or unplaced sessions are still counted, under null.
  const placed = cells.filter((c: any) => c.continent).length;
  expect(placed).toBeGreaterThan(0);
});

// Found by the fuzzer: a theme's children selected for a count or cursors alone (no field of
// the children themselves) sent Prisma an empty select, a masked error in every cell.
it("answers the children of each coverage cell's theme, counted or paged without their fields", async () => {
  const result = await t.gql(`{ stats { coverage { theme { key children(first: 5) { totalCount pageInfo { endCursor } edges { cursor } } } } } }`);
  expect(result.errors).toBeUndefined();
  const cells = result.data.stats.coverage.filter((c: any) => c.theme);
  const childrenOf = (key: string) => raw.themes.filter((th) => th.parent === key).length;
  expect(cells.length).toBeGreaterThan(0);
  for (const c of cells) {
    expect(c.theme.children.totalCount, c.theme.key).toBe(childrenOf(c.theme.key));
    expect(c.theme.children.edges.length).toBe(Math.min(5, childrenOf(c.theme.key)));
  }
});

it("counts sessions per continent and year once each", async () => {
  const data = await t.data(`{ stats { sessionsByContinentYear { continent year count } } }`);
  const expected = new Map<string, number>();
  for (const s of raw.sessions) {
    const key = `${continentOf(sessionCountry(s)) ?? null}|${s.start ? Number(String(s.start).slice(0, 4)) : null}`;
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  expect(new Map(data.stats.sessionsByContinentYear.map((c: any) => [`${c.continent}|${c.year}`, c.count]))).toEqual(expected);
});
