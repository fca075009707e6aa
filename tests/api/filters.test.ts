// Filters and orders of the root lists, checked against the YAML dataset read independently.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { nodes } from "../setup/nodes.ts";
import { continentOf, raw, sessionCountry, sorted, themeAndBelow } from "../setup/raw-dataset.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Keys of every entity a root list returns for a filter (one page of 100 holds them all). */
async function keys(list: string, filter: object, orderBy?: object): Promise<string[]> {
  const data = await t.data(`query($filter: ${filterType(list)}, $orderBy: ${orderType(list)}) {
    ${list}(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { key } } }
  }`, { filter, orderBy });
  const found = nodes(data[list]).map((n) => n.key);
  expect(data[list].totalCount).toBe(found.length);
  return found;
}
const TYPE: Record<string, string> = { sessions: "Session", people: "Person", organisations: "Organisation", cities: "City", countries: "Country", resources: "Resource", themes: "Theme" };
const filterType = (list: string) => `${TYPE[list]}Filter`;
const orderType = (list: string) => (list === "sessions" || list === "resources" ? "DatedEntityOrder" : "EntityOrder");

const sessionsWhere = (test: (s: any) => boolean) => sorted(raw.sessions.filter(test).map((s) => s.id));

describe("session filters", () => {
  it("by theme, including sub-themes", async () => {
    const below = themeAndBelow("capacity-building");
    expect(below.size).toBeGreaterThan(1); // the case is only interesting with sub-themes
    const expected = sessionsWhere((s) => (s.themes ?? []).some((th: string) => below.has(th)));
    expect(sorted(await keys("sessions", { themes: ["capacity-building"] }))).toEqual(expected);
    // A sub-theme alone finds fewer or as many.
    const training = sessionsWhere((s) => (s.themes ?? []).includes("training"));
    expect(sorted(await keys("sessions", { themes: ["training"] }))).toEqual(training);
  });

  it("by city, country and continent", async () => {
    expect(sorted(await keys("sessions", { cities: ["kampala"] }))).toEqual(sessionsWhere((s) => s.city === "kampala"));
    expect(sorted(await keys("sessions", { countries: ["korea"] }))).toEqual(sessionsWhere((s) => sessionCountry(s) === "korea"));
    const africa = sessionsWhere((s) => continentOf(sessionCountry(s)) === "AFRICA");
    expect(africa).toEqual(["east-africa-training-uganda-2019", "national-training-senegal-2019"]);
    expect(sorted(await keys("sessions", { continents: ["AFRICA"] }))).toEqual(africa);
  });

  it("by organisation, person, series, kind, language and congress", async () => {
    expect(sorted(await keys("sessions", { organisations: ["kampala-capital-city-authority"] }))).toEqual(
      sessionsWhere((s) => (s.organisations ?? []).some((o: any) => o.organisation === "kampala-capital-city-authority")),
    );
    const withLaurence = sessionsWhere((s) => (s.participants ?? []).some((p: any) => p.person === "laurence-kwark"));
    expect(withLaurence.length).toBeGreaterThan(1);
    expect(sorted(await keys("sessions", { people: ["laurence-kwark"] }))).toEqual(withLaurence);
    expect(sorted(await keys("sessions", { series: ["GSEF Training & Workshop Series"] }))).toEqual(
      sessionsWhere((s) => s.series === "GSEF Training & Workshop Series"),
    );
    expect(sorted(await keys("sessions", { kinds: ["FORUM"] }))).toEqual(sessionsWhere((s) => s.kind === "FORUM"));
    expect(sorted(await keys("sessions", { languages: ["en"] }))).toEqual(sessionsWhere((s) => (s.language ?? "").includes("en")));
    expect(sorted(await keys("sessions", { partOf: ["citynet-congress-2017"] }))).toEqual(sessionsWhere((s) => s.partOf === "citynet-congress-2017"));
  });

  it("by date range, on partial dates", async () => {
    const in2019 = sessionsWhere((s) => (s.start ?? "").startsWith("2019") || (s.end ?? "").startsWith("2019"));
    expect(sorted(await keys("sessions", { from: "2019", to: "2019" }))).toEqual(in2019);
    const augustUganda = await keys("sessions", { from: "2019-08-22", to: "2019-08-22" });
    expect(augustUganda).toContain("east-africa-training-uganda-2019"); // 21 to 23 August covers the 22nd
  });

  it("combines with and, or and not as set operations", async () => {
    const all = sorted(await keys("sessions", {}));
    const a = { continents: ["AFRICA"] };
    const b = { kinds: ["FORUM"] };
    const c = { themes: ["capacity-building"] };
    const [inA, inB, inC] = [new Set(await keys("sessions", a)), new Set(await keys("sessions", b)), new Set(await keys("sessions", c))];
    expect(sorted(await keys("sessions", { or: [a, b] }))).toEqual(all.filter((k) => inA.has(k) || inB.has(k)));
    expect(sorted(await keys("sessions", { and: [a, c] }))).toEqual(all.filter((k) => inA.has(k) && inC.has(k)));
    expect(sorted(await keys("sessions", { not: c }))).toEqual(all.filter((k) => !inC.has(k)));
    // Fields of one object must all hold, and sit alongside the combinators.
    expect(sorted(await keys("sessions", { ...c, or: [a, b] }))).toEqual(all.filter((k) => inC.has(k) && (inA.has(k) || inB.has(k))));
  });

  it("an empty list matches nothing; an unknown key matches nothing, not an error", async () => {
    expect(await keys("sessions", { cities: [] })).toEqual([]);
    expect(await keys("sessions", { cities: ["atlantis"] })).toEqual([]);
    expect(await keys("sessions", { languages: [] })).toEqual([]);
  });

  // An empty filter object is "true" wherever it sits. Prisma, handed the conditions as they
  // came, dropped an empty branch from an OR (so `or: [f, {}]` was just f) and read NOT {} as true.
  it("treats an empty filter as true inside or, and and not; an empty `or` as false", async () => {
    const all = sorted(await keys("sessions", {}));
    const early = { to: "2014" };
    expect((await keys("sessions", early)).length).toBeLessThan(all.length);
    expect(sorted(await keys("sessions", { or: [early, {}] }))).toEqual(all);
    expect(sorted(await keys("sessions", { or: [{}, { and: [] }] }))).toEqual(all);
    expect(sorted(await keys("sessions", { and: [early, {}] }))).toEqual(sorted(await keys("sessions", early)));
    expect(await keys("sessions", { not: {} })).toEqual([]);
    expect(await keys("sessions", { or: [] })).toEqual([]);
    expect(sorted(await keys("sessions", { not: { or: [] } }))).toEqual(all);
    expect(await keys("sessions", { and: [{ or: [] }] })).toEqual([]);
    expect(sorted(await keys("sessions", { or: [{ not: {} }, early] }))).toEqual(sorted(await keys("sessions", early)));
  });

  // Each condition on a session's own row used to join that row again, so a filter with a dozen
  // `or` branches passed SQLite's 64 tables per query and failed with a masked error.
  it("answers wide `or` filters, and refuses one past the join budget with a coded error", async () => {
    const branch = (i: number) => ({ kinds: ["FORUM", "TRAINING", "LEARNING_SESSION"], continents: [["AFRICA", "ASIA", "EUROPE"][i % 3]], from: "2013", to: "2021", cities: ["kampala", "seoul"] });
    const wide = { or: Array.from({ length: 14 }, (_, i) => branch(i)) };
    const found = await keys("sessions", wide);
    expect(sorted(found)).toEqual(sorted(await keys("sessions", { or: [branch(0), branch(1), branch(2)] })));
    const tooWide = await t.gql(`query($f: SessionFilter) { sessions(filter: $f) { totalCount } }`, { f: { or: Array.from({ length: 30 }, (_, i) => branch(i)) } });
    expect(tooWide.errors?.[0]?.extensions?.code).toBe("INPUT_LIMIT_EXCEEDED");
    expect(tooWide.errors?.[0]?.message).toMatch(/too complex.*61 tables.*limit is 40/);
  });

  it("rejects a bad enum or date with a message naming it", async () => {
    const badEnum = await t.gql(`{ sessions(filter: { continents: [ATLANTIS] }) { totalCount } }`);
    expect(badEnum.errors?.[0]?.message).toMatch(/ATLANTIS/);
    const badDate = await t.gql(`{ sessions(filter: { from: "21/08/2019" }) { totalCount } }`);
    expect(badDate.errors?.[0]?.message).toMatch(/21\/08\/2019/);
  });

  it("quotes a long bad date back cut short, saying what is wrong and how long it was", async () => {
    const long = `2019-${"x".repeat(500_000)}`;
    for (const result of [
      await t.gql(`query($d: Date) { sessions(filter: { from: $d }) { totalCount } }`, { d: long }),
      await t.gql(`query($f: SessionFilter) { sessions(filter: $f) { totalCount } }`, { f: { and: [{ to: long }] } }),
      await t.gql(`{ sessions(filter: { from: "${long}" }) { totalCount } }`),
    ]) {
      const message = result.errors?.[0]?.message ?? "";
      expect(message).toMatch(/Date must be an ISO 8601 date string, YYYY, YYYY-MM or YYYY-MM-DD; got "2019-x{35}…" \(a string of 500005 characters\)/);
      expect(message.length).toBeLessThan(400);
    }
  });
});

describe("other filters", () => {
  it("people by organisation, session, continent and theme", async () => {
    const gsefPeople = sorted(raw.people.filter((p) => (p.affiliations ?? []).some((a: any) => a.organisation === "gsef")).map((p) => p.id));
    expect(gsefPeople.length).toBeGreaterThan(0);
    expect(sorted(await keys("people", { organisations: ["gsef"] }))).toEqual(gsefPeople);
    const uganda = raw.sessions.find((s) => s.id === "east-africa-training-uganda-2019");
    expect(sorted(await keys("people", { sessions: [uganda.id] }))).toEqual(sorted(new Set(uganda.participants.map((p: any) => p.person))));
    // Everyone who took part in an African session is tied to Africa.
    const african = await keys("people", { continents: ["AFRICA"] });
    for (const p of uganda.participants) expect(african).toContain(p.person);
    const trained = new Set(raw.sessions.filter((s) => (s.themes ?? []).includes("training")).flatMap((s) => (s.participants ?? []).map((p: any) => p.person)));
    expect(sorted(await keys("people", { themes: ["training"] }))).toEqual(sorted(trained));
  });

  it("organisations by kind, place, network, session and person", async () => {
    const byKind = sorted(raw.organisations.filter((o) => o.kind === "LOCAL_GOVERNMENT").map((o) => o.id));
    expect(sorted(await keys("organisations", { kinds: ["LOCAL_GOVERNMENT"] }))).toEqual(byKind);
    const inKorea = sorted(
      raw.organisations.filter((o) => (o.country ?? raw.cities.find((c) => c.id === o.city)?.country) === "korea").map((o) => o.id),
    );
    expect(sorted(await keys("organisations", { countries: ["korea"] }))).toEqual(inKorea);
    const gsefMembers = sorted(raw.organisations.filter((o) => (o.memberships ?? []).some((m: any) => m.network === "gsef")).map((o) => o.id));
    expect(sorted(await keys("organisations", { networks: ["gsef"] }))).toEqual(gsefMembers);
    expect(await keys("organisations", { sessions: ["east-africa-training-uganda-2019"] })).toEqual(
      expect.arrayContaining(["gsef", "kampala-capital-city-authority"]),
    );
  });

  it("cities, countries, resources and themes", async () => {
    const asianCountries = sorted(raw.countries.filter((c) => c.continent === "ASIA").map((c) => c.id));
    expect(sorted(await keys("countries", { continents: ["ASIA"] }))).toEqual(asianCountries);
    const asianCities = sorted(raw.cities.filter((c) => asianCountries.includes(c.country)).map((c) => c.id));
    expect(sorted(await keys("cities", { continents: ["ASIA"] }))).toEqual(asianCities);
    const hosts = sorted(new Set(raw.sessions.map((s) => s.city).filter(Boolean)));
    expect(sorted(await keys("cities", { hasSessions: true }))).toEqual(hosts);
    const frenchResources = sorted(raw.resources.filter((r) => r.language === "fr").map((r) => r.id));
    expect(frenchResources.length).toBeGreaterThan(0);
    expect(sorted(await keys("resources", { languages: ["fr"] }))).toEqual(frenchResources);
    expect(sorted(await keys("themes", { under: ["capacity-building"] }))).toEqual(sorted(themeAndBelow("capacity-building")));
    expect(sorted(await keys("themes", { topLevel: true }))).toEqual(sorted(raw.themes.filter((th) => !th.parent).map((th) => th.id)));
  });
});

describe("orders", () => {
  it("sessions by date, latest first by default, undated last", async () => {
    const data = await t.data(`{ sessions(first: 100) { edges { node { key startDate } } } }`);
    const dates = nodes(data.sessions).map((n) => n.startDate);
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d == null)).toBe(true);
    const asc = await t.data(`{ sessions(first: 100, orderBy: { field: DATE, direction: ASC }) { edges { node { startDate } } } }`);
    const ascDated = nodes(asc.sessions).map((n) => n.startDate).filter(Boolean);
    expect(ascDated).toEqual([...ascDated].sort());
  });

  it("by name, and by number of connections, most first", async () => {
    const byName = await t.data(`{ organisations(first: 100, orderBy: { field: NAME, direction: DESC }) { edges { node { name } } } }`);
    const names = nodes(byName.organisations).map((n) => n.name);
    const collate = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });
    expect(names.length).toBe(raw.organisations.length);
    for (let i = 1; i < names.length; i++) expect(collate(names[i - 1], names[i]), `${names[i - 1]} before ${names[i]}`).toBeGreaterThanOrEqual(0);
    const byLinks = await t.data(`{ people(first: 100, orderBy: { field: CONNECTIONS }) { edges { node { key connectionCount } } } }`);
    const counts = nodes(byLinks.people).map((n) => n.connectionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1));
  });

  it("connectionCount is the number of links, both ways", async () => {
    const data = await t.data(`{ entity(key: "laurence-kwark") { connectionCount ... on Person {
      participations { totalCount } affiliations { totalCount } resources { totalCount } mentionedIn { totalCount } } } }`);
    const e = data.entity;
    expect(e.connectionCount).toBe(e.participations.totalCount + e.affiliations.totalCount + e.resources.totalCount + e.mentionedIn.totalCount);
  });

  for (const orderBy of [{ field: "DATE" }, { field: "NAME" }, { field: "CONNECTIONS" }, { field: "DATE", direction: "ASC" }]) {
    it(`pages through sessions ordered by ${JSON.stringify(orderBy)} without gaps or repeats`, async () => {
      const all = await keys("sessions", {}, orderBy);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const data: any = await t.data(
          `query($after: String, $orderBy: DatedEntityOrder) { sessions(first: 3, after: $after, orderBy: $orderBy) { edges { node { key } } pageInfo { hasNextPage endCursor } } }`,
          { after, orderBy },
        );
        paged.push(...nodes(data.sessions).map((n) => n.key));
        after = data.sessions.pageInfo.hasNextPage ? data.sessions.pageInfo.endCursor : null;
      } while (after);
      expect(paged).toEqual(all);
    });
  }
});

describe("nested connections", () => {
  // A page that selects no field of its nodes (a count, cursors, pageInfo) used to send Prisma an
  // empty `select` for the entities of a detail-table list: "Unexpected error." instead of data.
  it("answer a count, cursors or pageInfo alone", async () => {
    const korea = await t.data(`{ entity(key: "korea") { ... on Country {
      sessions { totalCount } cities(first: 3) { totalCount pageInfo { hasNextPage } edges { cursor } } organisations { totalCount }
    } } }`);
    expect(korea.entity.sessions.totalCount).toBe(raw.sessions.filter((s) => sessionCountry(s) === "korea").length);
    expect(korea.entity.cities.edges.length).toBe(Math.min(3, korea.entity.cities.totalCount));
    expect(korea.entity.organisations.totalCount).toBeGreaterThan(0);
    const sessions = await t.data(`{ sessions(first: 100) { totalCount edges { cursor node { parts(last: 0) { totalCount pageInfo { endCursor } } } } } }`);
    const parts = sessions.sessions.edges.reduce((n: number, e: any) => n + e.node.parts.totalCount, 0);
    expect(parts).toBe(raw.sessions.filter((s: any) => s.partOf).length);
    const themes = await t.data(`{ themes(first: 100) { edges { node { key children { totalCount edges { cursor } pageInfo { endCursor } } } } } }`);
    const children = themes.themes.edges.reduce((n: number, e: any) => n + e.node.children.totalCount, 0);
    expect(children).toBe(raw.themes.filter((th: any) => th.parent).length);
    const cities = await t.data(`{ cities(first: 100) { edges { node { sessions { totalCount } organisations { totalCount } } } } }`);
    expect(cities.cities.edges.some((e: any) => e.node.sessions.totalCount > 0)).toBe(true);
    // Found by the fuzzer through entity(key:): a fragment on another type beside a count.
    const person = await t.gql(`{ entity(key: "laurence-kwark") { __typename ... on Theme { children(first: 1) { edges { cursor } } } figures { totalCount } } }`);
    expect(person).toEqual({ data: { entity: { __typename: "Person", figures: { totalCount: 0 } } } });
  });

  it("page with first/after and count the whole list", async () => {
    const page1 = await t.data(`{ entity(key: "korea") { ... on Country { sessions(first: 1) { totalCount edges { node { key } } pageInfo { hasNextPage endCursor } } } } }`);
    const conn = page1.entity.sessions;
    const expected = raw.sessions.filter((s) => sessionCountry(s) === "korea").length;
    expect(conn.totalCount).toBe(expected);
    expect(expected).toBeGreaterThan(1);
    expect(conn.edges).toHaveLength(1);
    const page2 = await t.data(`query($after: String) { entity(key: "korea") { ... on Country { sessions(first: 100, after: $after) { edges { node { key } } } } } }`, {
      after: conn.pageInfo.endCursor,
    });
    const rest = nodes(page2.entity.sessions).map((n) => n.key);
    expect(rest).toHaveLength(expected - 1);
    expect(rest).not.toContain(conn.edges[0].node.key);
  });
});
