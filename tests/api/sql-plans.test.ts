// SQL plans (packages/api/src/sql-plans): a read made only of what the relational model
// describes is answered by one statement that builds the JSON in the database (this file runs on
// both databases, as the API suite does). The answer
// must be the one graphql-js gives, byte for byte, so every test here asks the same operation of
// an app with plans and of one without, over the same database, and compares the JSON text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getNamedType, isEnumType, isObjectType, type GraphQLObjectType } from "graphql";
import { createApp } from "@agora/api";
import { schema } from "@agora/api/schema";
import { ENTITY_VARIANTS, LINK_VARIANTS, ROOT_LISTS } from "../../packages/api/src/sql-plans/relational-model.ts";
import { planOperation } from "../../packages/api/src/sql-plans/plan-operation.ts";
import { parse } from "graphql";
import { copyOfBaseDb, ENGINE, type TestDb } from "../setup/test-db.ts";
import { createRandom } from "../bench/random.ts";

let db: TestDb;
let planned: ReturnType<typeof createApp>;
let standard: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await copyOfBaseDb();
  // Limits raised for the query that asks for every mapped field at once.
  const limits = { maxTokens: 20_000, maxCost: 100_000, maxDepth: 30 };
  planned = createApp({ db, webDist: null, cacheTtlSeconds: 0, limits });
  standard = createApp({ db, webDist: null, cacheTtlSeconds: 0, limits, sqlPlans: false });
});
afterAll(() => db.close());

async function ask(app: ReturnType<typeof createApp>, query: string, variables: Record<string, unknown> = {}) {
  const before = db.statements.length;
  const response = await app.fetch("http://agora.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  return { text: await response.text(), statements: db.statements.length - before };
}

/**
 * Asks both apps; the answers must be the same JSON, keys in the same order. A planned answer is
 * the database's own text (PostgreSQL spaces it out), so it is compared re-serialised.
 */
async function same(query: string, variables: Record<string, unknown> = {}) {
  const a = await ask(planned, query, variables);
  const b = await ask(standard, query, variables);
  expect(JSON.stringify(JSON.parse(a.text))).toBe(b.text);
  expect(a.text).not.toContain(`"errors"`);
  return { statements: a.statements, standardStatements: b.statements, data: JSON.parse(a.text).data };
}

const Q1 = `query Q1($n: Int!) {
  sessions(first: $n) {
    edges { node {
      key title startDate
      participants(first: 10) { edges { node {
        role
        person { key name affiliations(first: 5) { edges { node { position organisation { key name } } } } }
      } } }
    } }
  }
}`;

describe(`on ${ENGINE}`, () => {
  it("answers the nested list of issue 7 (Q1) in one statement, as graphql-js does in eight", async () => {
    const { statements, standardStatements, data } = await same(Q1, { n: 20 });
    expect(statements).toBe(1);
    expect(standardStatements).toBeGreaterThan(1);
    const sessions = data.sessions.edges;
    expect(sessions.length).toBeGreaterThan(10);
    // The seed has sessions with participants with affiliations: the plan is not trivially empty.
    const affiliations = sessions.flatMap((s: any) => s.node.participants.edges.flatMap((p: any) => p.node.person.affiliations.edges));
    expect(affiliations.length).toBeGreaterThan(10);
  });

  it("answers every field the relational model names exactly as the resolvers do", async () => {
    // One query per root list asking for every mapped field of its nodes, every link connection
    // with every mapped field of its links, and every endpoint with all its columns.
    for (const [list, { type }] of Object.entries(ROOT_LISTS)) {
      const query = `{ ${list}(first: 15) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${entitySelection(type, 2)} } } } }`;
      const { statements, data } = await same(query);
      expect(statements, list).toBe(1);
      expect(data[list].edges.length, list).toBeGreaterThan(0);
    }
  });

  it("pages and orders as the resolvers do: first 0, a short last page, every order and direction", async () => {
    for (const orderBy of [null, { field: "NAME" }, { field: "NAME", direction: "DESC" }, { field: "CONNECTIONS" }, { field: "CONNECTIONS", direction: "ASC" }]) {
      for (const n of [0, 1, 7, 100]) {
        const { statements } = await same(`query($n: Int, $o: EntityOrder) { people(first: $n, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } }`, { n, o: orderBy });
        expect(statements).toBe(1);
      }
    }
    for (const orderBy of [{ field: "DATE" }, { field: "DATE", direction: "ASC" }, { field: "NAME" }, { field: "CONNECTIONS", direction: "DESC" }]) {
      // Cursors without hasNextPage read the page alone, so its last row comes from its own order.
      await same(`query($o: DatedEntityOrder) { sessions(first: 7, orderBy: $o) { pageInfo { startCursor endCursor } edges { cursor } } }`, { o: orderBy });
      await same(`query($o: DatedEntityOrder) { sessions(orderBy: $o) { pageInfo { hasNextPage startCursor } edges { node { key participants(first: 2) { totalCount pageInfo { hasNextPage } } } } } }`, { o: orderBy });
    }
  });

  it("answers a page that reads no rows: totalCount alone, hasPreviousPage alone", async () => {
    const { statements } = await same(`{ people(first: 5) { totalCount edges { node { participations { totalCount } affiliations { pageInfo { hasPreviousPage } } } } } sessions { totalCount } }`);
    expect(statements).toBe(1);
  });

  it("keeps graphql-js' field collection: aliases, fragments, type conditions, @skip and @include, __typename", async () => {
    const query = `query($skip: Boolean!, $with: Boolean!) {
      __typename
      latest: sessions(first: 3) { __typename edges { __typename node { ...S title @skip(if: $skip) t2: title @include(if: $with) } } }
      orgs: organisations(first: 2) { edges { node { ... on Organisation { name } ... on Entity { key label } ...E } } }
    }
    fragment S on Session { __typename key id participants(first: 2) { edges { node { ... on Participation { role } person { ...E } } } } }
    fragment E on Entity { key kind url }`;
    for (const skip of [true, false]) for (const include of [true, false]) expect((await same(query, { skip, with: include })).statements).toBe(1);
  });

  it("hides soft-deleted entities and links, as everywhere else", async () => {
    const { data } = await same(Q1, { n: 5 });
    const session = data.sessions.edges.find((s: any) => s.node.participants.edges.length > 1).node;
    const person = session.participants.edges[0].node.person.key;
    const link = await db.prisma.link.findFirstOrThrow({ where: { targetId: session.key, type: "PARTICIPATION", deletedAt: null, sourceId: { not: person } } });
    await db.prisma.entity.update({ where: { id: person }, data: { deletedAt: new Date() } });
    await db.prisma.link.update({ where: { id: link.id }, data: { deletedAt: new Date() } });
    try {
      const after = await same(Q1, { n: 5 });
      const keys = JSON.stringify(after.data);
      expect(keys).not.toContain(`"${person}"`);
      await same(`{ people(first: 100, orderBy: { field: NAME }) { totalCount edges { node { key } } } }`);
    } finally {
      await db.prisma.entity.update({ where: { id: person }, data: { deletedAt: null } });
      await db.prisma.link.update({ where: { id: link.id }, data: { deletedAt: null } });
    }
  });

  it("answers node(id:) of an entity as graphql-js does: live, deleted, of another type or none", async () => {
    const { data } = await same(Q1, { n: 3 });
    const session = data.sessions.edges[0].node.key as string;
    const person = data.sessions.edges.flatMap((s: any) => s.node.participants.edges)[0].node.person.key as string;
    const id = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString("base64");
    const query = `query($id: ID!) { node(id: $id) { id __typename ... on Entity { key kind label url connectionCount } ... on Session { title startDate }
      ... on Person { name affiliations(first: 2) { totalCount edges { node { organisation { key name } } } } } } }`;
    const ids = [id("Session", session), id("Person", person), id("Session", person), id("Person", "no-such-key"), id("Organisation", "it's")];
    for (const value of ids) expect((await same(query, { id: value })).statements, value).toBe(1);
    expect((await same(query, { id: id("Person", person) })).data.node.name).toBeTruthy();
    // Two nodes in one statement, each key its own value.
    const two = `query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { ... on Person { key name } } }`;
    expect((await same(two, { a: ids[0], b: ids[1] })).statements).toBe(1);
    // A link's global ID, and IDs graphql-js refuses (not base64, no type): its answers and errors, not ours.
    for (const other of [id("Participation", "lnk_1"), "not an id", Buffer.from("nokey").toString("base64")]) {
      expect(planOperation(schema, parse(query), null, { id: other }, ENGINE), other).toBeNull();
      expect((await ask(planned, query, { id: other })).text).toBe((await ask(standard, query, { id: other })).text);
    }
    await db.prisma.entity.update({ where: { id: person }, data: { deletedAt: new Date() } });
    try {
      expect((await same(query, { id: id("Person", person) })).data.node).toBeNull();
    } finally {
      await db.prisma.entity.update({ where: { id: person }, data: { deletedAt: null } });
    }
  });

  it("leaves what it cannot plan to graphql-js: filters, cursors, interfaces, fields that depend on the caller", async () => {
    const { data } = await same(`{ sessions(first: 2) { pageInfo { endCursor } } }`);
    const after = data.sessions.pageInfo.endCursor;
    for (const [query, variables] of [
      [`{ sessions(first: 2, filter: { kinds: [TRAINING] }) { edges { node { key } } } }`, {}],
      [`query($a: String) { sessions(first: 2, after: $a) { edges { node { key } } } }`, { a: after }],
      [`{ sessions(first: 2) { edges { node { viewerCanEdit } } } }`, {}],
      [`{ sessions(first: 2) { edges { node { city { name } } } } }`, {}],
      [`{ people(first: 2) { edges { node { participations(first: 2) { edges { node { from { key } } } } } } } }`, {}],
    ] as const) {
      expect(planOperation(schema, parse(query), null, variables, ENGINE), query).toBeNull();
      const { statements } = await same(query, variables);
      expect(statements, query).toBeGreaterThan(0);
    }
  });

  it("answers 60 random operations over the model exactly as graphql-js does", async () => {
    const random = createRandom(7);
    let planned = 0;
    let objects = 0;
    for (let i = 0; i < 60; i++) {
      const query = randomOperation(random);
      const { statements, data } = await same(query);
      if (statements === 1) planned++;
      objects += JSON.stringify(data).split(`"node":`).length - 1;
    }
    // Every generated operation is plannable (one statement each), and they find things.
    expect(planned).toBe(60);
    expect(objects).toBeGreaterThan(300);
  });

  it("answers a failing plan as any failing read, and times a slow one out", async () => {
    const failing = createApp({ db: { ...db, readJsonText: async () => Promise.reject(new Error("SELECT secret FROM nowhere")) }, webDist: null, cacheTtlSeconds: 0 });
    const failed = await ask(failing, Q1, { n: 2 });
    expect(JSON.parse(failed.text)).toEqual({ data: null, errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    const hanging = createApp({ db: { ...db, readJsonText: () => new Promise(() => {}) }, webDist: null, cacheTtlSeconds: 0, operationTimeoutMs: 50 });
    const response = await hanging.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: Q1, variables: { n: 2 } }),
    });
    expect(response.status).toBe(503);
    expect(JSON.parse(await response.text()).errors[0].extensions.code).toBe("OPERATION_TIMEOUT");
  });

  it("refuses bad input as graphql-js does: a negative page size", async () => {
    const a = await ask(planned, `{ people(first: -1) { edges { node { key } } } }`);
    const b = await ask(standard, `{ people(first: -1) { edges { node { key } } } }`);
    expect(a.text).toBe(b.text);
    expect(a.text).toContain(`"errors"`);
  });
});

/** Every field the model maps for an entity type, its link connections `depth` levels deep. */
function entitySelection(typeName: string, depth: number): string {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const parts: string[] = ["__typename"];
  for (const [name, spec] of Object.entries(ENTITY_VARIANTS[typeName]!.fields)) {
    if (spec.kind !== "links") parts.push(name);
    else if (depth > 0) {
      const edge = getNamedType(type.getFields()[name]!.type) as GraphQLObjectType;
      const node = getNamedType((getNamedType(edge.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type) as GraphQLObjectType;
      parts.push(`${name}(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${linkSelection(node.name, depth - 1)} } } }`);
    }
  }
  return parts.join(" ");
}

function linkSelection(typeName: string, depth: number): string {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const parts: string[] = ["__typename"];
  for (const [name, spec] of Object.entries(LINK_VARIANTS[typeName]!.fields)) {
    if (spec.kind !== "endpoint") parts.push(name);
    else {
      const end = getNamedType(type.getFields()[name]!.type);
      if (isObjectType(end) && !isEnumType(end)) parts.push(`${name} { ${entitySelection(end.name, depth)} }`);
    }
  }
  return parts.join(" ");
}

/** A random operation over the model: random lists, pages, orders, fields, aliases, depths. */
function randomOperation(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], p: number) => list.filter(() => random() < p);
  let aliasCount = 0;
  const keyed = (name: string) => (random() < 0.1 ? `a${aliasCount++}: ${name}` : name);
  const page = (inner: string) => {
    const parts = some(["totalCount", "__typename"], 0.3);
    const info = some(["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"], 0.5);
    if (info.length && random() < 0.5) parts.push(`pageInfo { ${info.join(" ")} }`);
    parts.push(`edges { ${random() < 0.5 ? "cursor " : ""}node { ${inner} } }`);
    return parts.join(" ");
  };
  const first = () => (random() < 0.2 ? "" : `(first: ${pick([0, 1, 2, 3, 5])})`);
  const entity = (typeName: string, depth: number): string => {
    const type = schema.getType(typeName) as GraphQLObjectType;
    const fields = Object.entries(ENTITY_VARIANTS[typeName]!.fields);
    const parts = some(fields.filter(([, s]) => s.kind !== "links").map(([n]) => n), 0.3).map(keyed);
    if (depth > 0) {
      for (const [name] of some(fields.filter(([, s]) => s.kind === "links"), 0.25)) {
        const connection = getNamedType(type.getFields()[name]!.type) as GraphQLObjectType;
        const node = getNamedType((getNamedType(connection.getFields().edges!.type) as GraphQLObjectType).getFields().node!.type) as GraphQLObjectType;
        parts.push(`${keyed(name)}${first()} { ${page(link(node.name, depth - 1))} }`);
      }
    }
    return parts.length ? parts.join(" ") : "key";
  };
  const link = (typeName: string, depth: number): string => {
    const type = schema.getType(typeName) as GraphQLObjectType;
    const fields = Object.entries(LINK_VARIANTS[typeName]!.fields);
    const parts = some(fields.filter(([, s]) => s.kind !== "endpoint").map(([n]) => n), 0.3).map(keyed);
    for (const [name] of some(fields.filter(([, s]) => s.kind === "endpoint"), 0.6)) {
      parts.push(`${keyed(name)} { ${entity(getNamedType(type.getFields()[name]!.type).name, depth)} }`);
    }
    return parts.length ? parts.join(" ") : "linkId";
  };
  const roots = some(Object.entries(ROOT_LISTS), 0.5);
  if (!roots.length) roots.push(pick(Object.entries(ROOT_LISTS)));
  const orders = ["", "orderBy: { field: NAME }", "orderBy: { field: CONNECTIONS, direction: ASC }", "orderBy: { field: NAME, direction: DESC }"];
  return `{ ${roots
    .map(([name, { type }]) => {
      const args = [random() < 0.8 ? `first: ${pick([0, 1, 4, 9])}` : "", pick(orders)].filter(Boolean);
      return `${keyed(name)}${args.length ? `(${args.join(", ")})` : ""} { ${page(entity(type, 2))} }`;
    })
    .join(" ")} }`;
}
