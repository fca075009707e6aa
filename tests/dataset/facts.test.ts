// A sample of what the sources state, checked through the API against the seeded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { nodes } from "../setup/nodes.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const session = (key: string) =>
  t.data(`query($key: String!) { entity(key: $key) { ... on Session {
    title subtitle sessionKind series edition startDate endDate venue participantCount participantCountQualifier language audience applicationDeadline
    city { key } country { code }
  } } }`, { key });

describe("the GSEF dataset", () => {
  it("holds the 8 events of the knowledge-exchange page and the 5 forums of the about page", async () => {
    const data = await t.data(`{ sessions(first: 100) { edges { node { key sessionKind startDate } } } }`);
    const keysList = data.sessions.edges.map((e: any) => e.node.key);
    for (const key of [
      "gsef-capacity-building-programme-2019",
      "east-africa-training-uganda-2019",
      "national-training-senegal-2019",
      "cities-learning-session-2018",
      "apay-ecm-learning-session-2018",
      "uclg-learning-session-2017",
      "gsef-itc-ilo-sse-academy-2017",
      "economic-development-for-inclusive-cities-2017",
      "gsef-2013",
      "gsef-2014",
      "gsef-2016",
      "gsef-2018",
      "gsef-2020",
    ]) expect(keysList).toContain(key);
    const forums = data.sessions.edges.filter((e: any) => e.node.sessionKind === "FORUM").map((e: any) => e.node.startDate.slice(0, 4));
    expect(forums.sort()).toEqual(["2013", "2014", "2016", "2018", "2020"]);
  });

  it("dates, places and counts the East Africa training as the source does", async () => {
    const s = (await session("east-africa-training-uganda-2019")).entity;
    expect(s).toMatchObject({
      startDate: "2019-08-21",
      endDate: "2019-08-23",
      sessionKind: "TRAINING",
      series: "GSEF Training & Workshop Series",
      participantCount: 60,
      participantCountQualifier: "over",
      city: { key: "kampala" },
    });
  });

  it("gives the forums their mottos, dates and cities", async () => {
    expect((await session("gsef-2016")).entity).toMatchObject({ startDate: "2016-09-07", endDate: "2016-09-09", city: { key: "montreal" } });
    expect((await session("gsef-2018")).entity).toMatchObject({ startDate: "2018-10-01", city: { key: "bilbao" } });
    expect((await session("gsef-2014")).entity.subtitle).toMatch(/Solidarity for Change/);
    expect((await session("gsef-2013")).entity.subtitle).toMatch(/New Discovery of Collaboration/);
  });

  it("records the 2019 capacity building programme's terms", async () => {
    const s = (await session("gsef-capacity-building-programme-2019")).entity;
    expect(s).toMatchObject({ startDate: "2019-10-28", endDate: "2019-11-01", applicationDeadline: "2019-09-29", city: { key: "seoul" } });
    expect(s.language).toMatch(/en/);
    expect(s.audience).toMatch(/government officials/i);
  });

  it("makes the ITC-ILO academy the 8th of its series", async () => {
    const s = (await session("gsef-itc-ilo-sse-academy-2017")).entity;
    expect(s).toMatchObject({ edition: 8, startDate: "2017-06-26", endDate: "2017-06-30", city: { key: "seoul" } });
  });

  it("states GSEF's membership figures as of October 2019", async () => {
    const data = await t.data(`{ entity(key: "gsef") { ... on Organisation { acronym figures { edges { node { metric value asOf sources { edges { node { passage } } } } } } } } }`);
    const figures = Object.fromEntries(nodes(data.entity.figures).map((f: any) => [f.metric, f]));
    expect(figures["member-cities-and-networks"]).toMatchObject({ value: 64, asOf: "2019-10" });
    expect(figures["member-countries"]).toMatchObject({ value: 34, asOf: "2019-10" });
    expect(nodes(figures["member-countries"].sources)[0].passage).toMatch(/64 cities and social economy networks coming from 34 countries/);
  });

  it("keeps one record per person, with the other spellings as aliases", async () => {
    for (const query of ["Kim Joung-Youl", "Joungyoul Kim", "KIM Joung-Youl"]) {
      const data = await t.data(`query($q: String!) { search(query: $q, types: [PERSON]) { edges { node { key label aliases { edges { node { name } } } } } } }`, { q: query });
      // Others whose biographies mention him may match too; only one record bears the name.
      const named = data.search.edges.filter((e: any) => /joung/i.test([e.node.label, ...nodes(e.node.aliases).map((a: any) => a.name)].join(" ")));
      expect(named.map((e: any) => e.node.key)).toEqual(["kim-joung-youl"]);
    }
    // Three different people named Gueye are three records.
    const gueye = await t.data(`{ people(filter: { search: "gueye" }) { edges { node { key } } } }`);
    expect(gueye.people.edges.map((e: any) => e.node.key).sort()).toEqual(["babacar-gueye", "cheickh-gueye", "mourad-dieye-gueye"]);
  });

  it("corrects misspelt names but keeps the source's spelling findable", async () => {
    const data = await t.data(`{ search(query: "Jaffina") { edges { node { key label } } } }`);
    const labels = data.search.edges.map((e: any) => e.node.label);
    expect(labels).toContain("Jaffna");
    expect(labels).toContain("Jaffna Municipal Council");
  });

  it("gives every person and session at least one source passage", async () => {
    const data = await t.data(`{
      people(first: 100) { edges { node { key sources { totalCount edges { node { passage } } } } } }
      sessions(first: 100) { edges { node { key sources { totalCount edges { node { passage } } } } } }
    }`);
    for (const e of [...data.people.edges, ...data.sessions.edges]) {
      expect(e.node.sources.totalCount, e.node.key).toBeGreaterThan(0);
      expect(nodes(e.node.sources).some((s: any) => s.passage), e.node.key).toBe(true);
    }
  });
});
