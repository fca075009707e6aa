// Every link is navigable from both of its ends, with its attributes and its provenance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { nodes } from "../setup/nodes.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const keys = (conn: any, pick: (node: any) => any) => conn.edges.map((e: any) => pick(e.node));

describe("links in both directions", () => {
  it("session -> participants -> person -> participations -> session", async () => {
    const data = await t.data(`{
      entity(key: "economic-development-for-inclusive-cities-2017") {
        ... on Session {
          participants(first: 20) { edges { node { role capacity sources { edges { node { passage source { key } } } } person { key participations { edges { node { role session { key } } } } } } } }
        }
      }
    }`);
    const parts = data.entity.participants.edges.map((e: any) => e.node);
    const yeom = parts.find((p: any) => p.person.key === "tae-young-yeom");
    expect(yeom).toMatchObject({ role: "SPEAKER", capacity: "Mayor, Suwon City" });
    expect(nodes(yeom.sources)[0].source.key).toBe("gsef-knowledge-exchange");
    const kwark = parts.find((p: any) => p.person.key === "laurence-kwark");
    expect(kwark.role).toBe("MODERATOR");
    // And back: Laurence Kwark's participations include this session.
    expect(keys(kwark.person.participations, (n) => n.session.key)).toContain("economic-development-for-inclusive-cities-2017");
  });

  it("organisation <-> session roles", async () => {
    const data = await t.data(`{
      entity(key: "east-africa-training-uganda-2019") { ... on Session { organisations { edges { node { role organisation { key sessionRoles { edges { node { role session { key } } } } } } } } } }
    }`);
    const roles = data.entity.organisations.edges.map((e: any) => [e.node.organisation.key, e.node.role]);
    expect(roles).toEqual(expect.arrayContaining([["gsef", "CO_ORGANISER"], ["kampala-capital-city-authority", "CO_ORGANISER"]]));
    const kcca = data.entity.organisations.edges.find((e: any) => e.node.organisation.key === "kampala-capital-city-authority").node.organisation;
    expect(keys(kcca.sessionRoles, (n) => n.session.key)).toContain("east-africa-training-uganda-2019");
  });

  it("person <-> organisation affiliations with position", async () => {
    const data = await t.data(`{
      entity(key: "kim-joung-youl") { ... on Person { name aliases { edges { node { name kind } } } affiliations { edges { node { position organisation { key people { edges { node { position person { key } } } } } } } } } }
    }`);
    const affs = data.entity.affiliations.edges.map((e: any) => e.node);
    const gsef = affs.find((a: any) => a.organisation.key === "gsef");
    expect(gsef.position).toMatch(/Co-Chair/);
    expect(keys(gsef.organisation.people, (n) => n.person.key)).toContain("kim-joung-youl");
    expect(nodes(data.entity.aliases).map((a: any) => a.name)).toEqual(expect.arrayContaining(["Joungyoul Kim", "KIM Joung-Youl"]));
  });

  it("city <-> network memberships with role and date", async () => {
    const data = await t.data(`{
      entity(key: "gsef") { ... on Organisation { members(first: 50) { edges { node { role asOf member { __typename key } } } } } }
    }`);
    const members = data.entity.members.edges.map((e: any) => e.node);
    const byKey = (k: string) => members.find((m: any) => m.member.key === k);
    expect(byKey("seoul")).toMatchObject({ role: "CHAIR", asOf: "2019-10", member: { __typename: "City" } });
    expect(byKey("mexico-city")).toMatchObject({ role: "CO_CHAIR" });
    for (const city of ["bamako", "montreal", "bilbao"]) expect(byKey(city)).toMatchObject({ role: "VICE_CHAIR" });
    const seoul = await t.data(`{ entity(key: "seoul") { ... on City { memberships { edges { node { role network { key } } } } } } }`);
    expect(seoul.entity.memberships.edges[0].node).toEqual({ role: "CHAIR", network: { key: "gsef" } });
  });

  it("resource <-> entity links, and theme tags both ways", async () => {
    const data = await t.data(`{
      entity(key: "national-training-senegal-2019") {
        ... on Session {
          resources(first: 20) { totalCount edges { node { role resource { key resourceKind language links { edges { node { role entity { key } } } } } } } }
          themes(first: 30) { edges { node { theme { key tagged(first: 50) { edges { node { entity { key } } } } } } } }
        }
      }
    }`);
    const s = data.entity;
    expect(s.resources.totalCount).toBeGreaterThanOrEqual(8);
    const interviews = s.resources.edges.filter((e: any) => e.node.resource.resourceKind === "INTERVIEW");
    expect(interviews).toHaveLength(5);
    for (const i of interviews) {
      expect(i.node.resource.language).toBe("fr");
      expect(keys(i.node.resource.links, (n) => n.entity.key)).toContain("national-training-senegal-2019");
    }
    const theme = s.themes.edges[0].node.theme;
    expect(keys(theme.tagged, (n) => n.entity.key)).toContain("national-training-senegal-2019");
  });

  it("city <-> country <-> sessions, and sessions within a congress", async () => {
    const data = await t.data(`{
      entity(key: "colombo") { ... on City { name country { code continent cities { edges { node { key } } } } sessions { totalCount edges { node { key partOf { key } parts { edges { node { key } } } } } } } }
    }`);
    const colombo = data.entity;
    expect(colombo.country).toMatchObject({ code: "LK", continent: "ASIA" });
    expect(nodes(colombo.country.cities).map((c: any) => c.key)).toContain("colombo");
    const joint = nodes(colombo.sessions).find((s: any) => s.key === "economic-development-for-inclusive-cities-2017");
    expect(joint.partOf.key).toBe("citynet-congress-2017");
    const congress = nodes(colombo.sessions).find((s: any) => s.key === "citynet-congress-2017");
    expect(nodes(congress.parts).map((p: any) => p.key)).toContain("economic-development-for-inclusive-cities-2017");
  });
});
