// Every entity type is reachable from its root connection and, by its global ID, from node().
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ROOTS = [
  ["people", "Person"],
  ["countries", "Country"],
  ["cities", "City"],
  ["organisations", "Organisation"],
  ["sessions", "Session"],
  ["resources", "Resource"],
  ["themes", "Theme"],
] as const;

describe("root connections", () => {
  it.each(ROOTS)("%s lists %s nodes with totalCount and pageInfo", async (field, typename) => {
    const data = await t.data(`{ ${field}(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename id key label url } } } }`);
    const conn = data[field];
    expect(conn.totalCount).toBeGreaterThan(3);
    expect(conn.edges).toHaveLength(3);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    for (const { node } of conn.edges) {
      expect(node.__typename).toBe(typename);
      expect(node.url).toBe(`/${typename.toLowerCase()}/${node.key}`);
    }
  });

  it("pages through all sessions without repeats or gaps", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const data: any = await t.data(`query($after: String) { sessions(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }`, { after });
      total = data.sessions.totalCount;
      seen.push(...data.sessions.edges.map((e: any) => e.node.key));
      after = data.sessions.pageInfo.hasNextPage ? data.sessions.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("orders sessions latest first by default", async () => {
    const data = await t.data(`{ sessions(first: 50) { edges { node { startDate } } } }`);
    const dates = data.sessions.edges.map((e: any) => e.node.startDate).filter(Boolean);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("filters sessions by kind, series, city and dates", async () => {
    const byKind = await t.data(`{ sessions(filter: { kinds: [FORUM] }) { totalCount edges { node { sessionKind } } } }`);
    expect(byKind.sessions.totalCount).toBe(5);
    expect(byKind.sessions.edges.every((e: any) => e.node.sessionKind === "FORUM")).toBe(true);
    const bySeries = await t.data(`{ sessions(filter: { series: "GSEF Training & Workshop Series" }) { edges { node { key } } } }`);
    expect(bySeries.sessions.edges.map((e: any) => e.node.key).sort()).toEqual(["east-africa-training-uganda-2019", "national-training-senegal-2019"]);
    const inSeoul = await t.data(`{ sessions(filter: { cities: "seoul", from: "2017", to: "2017" }) { edges { node { key startDate } } } }`);
    expect(inSeoul.sessions.edges.map((e: any) => e.node.key)).toContain("gsef-itc-ilo-sse-academy-2017");
    expect(inSeoul.sessions.edges.every((e: any) => e.node.startDate.startsWith("2017"))).toBe(true);
  });

  it("matches names without regard to case or accents", async () => {
    const data = await t.data(`{ search(query: "JOSE MARIA") { edges { node { key label } } } }`);
    expect(data.search.edges.map((e: any) => e.node.label)).toContain("José María Arizmendiarrieta");
    const acronym = await t.data(`{ organisations(filter: { search: "kcca" }) { edges { node { key } } } }`);
    expect(acronym.organisations.edges.map((e: any) => e.node.key)).toContain("kampala-capital-city-authority");
  });
});

describe("node(id)", () => {
  it.each(ROOTS)("fetches a %s node back by its global ID", async (field, typename) => {
    const list = await t.data(`{ ${field}(first: 1) { edges { node { id key } } } }`);
    const { id, key } = list[field].edges[0].node;
    const data = await t.data(`query($id: ID!) { node(id: $id) { __typename id ... on Entity { key } } }`, { id });
    expect(data.node).toEqual({ __typename: typename, id, key });
  });

  it("returns null, not another kind's row, for a global ID whose type does not match", async () => {
    const forged = Buffer.from("Person:seoul").toString("base64");
    const result = await t.gql(`query($id: ID!) { node(id: $id) { __typename } }`, { id: forged });
    expect(result).toEqual({ data: { node: null } });
  });

  // A well-formed ID of no row used to fail the whole field with a masked "Unexpected error."
  // (the node loader used findUniqueOrThrow); Relay, like GitHub's API, answers null.
  it("answers null, with no error, for a well-formed global ID of no entity or link", async () => {
    for (const raw of ["Session:no-such-session", "Organisation:east-africa-training-uganda-2019", "Participation:no-such-link"]) {
      const result = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: gid(raw) });
      expect(result, raw).toEqual({ data: { node: null } });
    }
  });

  it("answers nodes(ids:) in order, null for each ID of no entity, found ones still found", async () => {
    const kampala = await t.data(`{ entity(key: "kampala") { ... on City { id } } }`);
    const result = await t.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: [gid("Session:seoul"), kampala.entity.id, gid("Person:uganda"), gid("Resource:kampala")],
    });
    expect(result).toEqual({ data: { nodes: [null, { __typename: "City", id: kampala.entity.id }, null, null] } });
  });

  it("refuses a malformed global ID as BAD_USER_INPUT, naming it", async () => {
    const result = await t.gql(`{ node(id: "not-a-global-id") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/Invalid global ID: not-a-global-id/);
  });

  it("finds an entity by its key, whatever its kind", async () => {
    const data = await t.data(`{ entity(key: "kampala") { __typename label ... on City { country { code } } } }`);
    expect(data.entity).toEqual({ __typename: "City", label: "Kampala", country: { code: "UG" } });
  });

  // Last in the file: it soft-deletes rows of this file's private database.
  it("answers null for a deleted entity or link, as entity(key:) does", async () => {
    const data = await t.data(`{ entity(key: "laurence-kwark") { ... on Person { id participations(first: 1) { edges { node { id } } } } } }`);
    const personId = data.entity.id as string;
    const linkId = data.entity.participations.edges[0].node.id as string;
    await t.db.prisma.entity.update({ where: { id: "laurence-kwark" }, data: { deletedAt: new Date() } });
    await t.db.prisma.link.update({ where: { id: Buffer.from(linkId, "base64").toString().split(":").slice(1).join(":") }, data: { deletedAt: new Date() } });
    const result = await t.gql(`query($ids: [ID!]!, $id: ID!) { entity(key: "laurence-kwark") { id } node(id: $id) { id } nodes(ids: $ids) { id } }`, {
      id: personId,
      ids: [personId, linkId],
    });
    expect(result).toEqual({ data: { entity: null, node: null, nodes: [null, null] } });
  });
});

const gid = (typeAndKey: string) => Buffer.from(typeAndKey).toString("base64");
