// Every limit rejects an operation before any SQL runs, with HTTP 400 (for clients accepting
// application/graphql-response+json), a stable extensions.code and a message saying what is
// wrong. Page sizes and cost count variables exactly like literals.
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type AgoraApp } from "@agora/api";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";

let db: TestDb;
let app: AgoraApp;
beforeAll(async () => {
  db = await copyOfBaseDb();
  // No response cache: every accepted request must reach the database.
  app = createApp({ db, webDist: null, cacheTtlSeconds: 0 });
});
afterAll(() => db.close());

async function post(query: string, variables?: Record<string, unknown>, accept = "application/graphql-response+json", target = app) {
  const response = await target.fetch("http://agora.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

/** Posts, expects one rejection with `code` and no SQL at all, and returns its message. */
async function rejection(code: string, query: string, variables?: Record<string, unknown>, target = app) {
  const before = db.statements.length;
  const { status, body } = await post(query, variables, undefined, target);
  expect(db.statements.length, "SQL ran for a rejected operation").toBe(before);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors?.map((e) => e.extensions.code)).toEqual([code]);
  return body.errors![0]!.message;
}

async function accepted(query: string, variables?: Record<string, unknown>) {
  const before = db.statements.length;
  const { status, body } = await post(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  expect(db.statements.length).toBeGreaterThan(before);
  return body.data;
}

describe("page sizes", () => {
  it("rejects a literal first above 100, naming field and value", async () => {
    expect(await rejection("PAGE_SIZE_LIMIT_EXCEEDED", `{ sessions(first: 101) { totalCount } }`)).toBe(
      "first: 101 on Query.sessions is more than the largest page, 100.",
    );
  });

  it("rejects a page size passed as a variable, on a nested connection too", async () => {
    const query = `query($n: Int) { people(first: 2) { edges { node { participations(first: $n) { totalCount } } } } }`;
    expect(await rejection("PAGE_SIZE_LIMIT_EXCEEDED", query, { n: 500 })).toBe("first: 500 on Person.participations is more than the largest page, 100.");
    expect(await rejection("PAGE_SIZE_LIMIT_EXCEEDED", `query($n: Int) { sessions(last: $n) { totalCount } }`, { n: -1 })).toBe(
      "last: -1 on Query.sessions must not be negative.",
    );
    await accepted(query, { n: 100 });
  });

  it("answers application/json clients with 200 and the same error, as the spec asks", async () => {
    const { status, body } = await post(`query($n: Int) { sessions(first: $n) { totalCount } }`, { n: 1000 }, "application/json");
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions.code).toBe("PAGE_SIZE_LIMIT_EXCEEDED");
  });
});

describe("cost", () => {
  const NESTED = `query($n: Int!, $m: Int!) {
    sessions(first: $n) { edges { node { participants(first: $m) { edges { node { person { name } } } } } } }
  }`;

  it("multiplies page sizes passed as variables down nested connections", async () => {
    // 1 connection + 100 × (edge + session + connection + 100 × (edge + participation + person)).
    expect(await rejection("COST_LIMIT_EXCEEDED", NESTED, { n: 100, m: 100 })).toBe(
      "The operation could return up to 30301 objects; the limit is 10000. Ask for smaller pages (first/last) on nested connections.",
    );
    await accepted(NESTED, { n: 10, m: 10 });
  });

  it("counts literal page sizes and defaults the same way", async () => {
    const literal = NESTED.replace("query($n: Int!, $m: Int!)", "").replace("$n", "100").replace("$m", "100");
    expect(await rejection("COST_LIMIT_EXCEEDED", literal)).toMatch(/up to 30301 objects/);
    // Without first, a connection counts its default page of 20: 1 + 20 × (3 + 20 × 3) = 1261.
    const defaults = `{ sessions { edges { node { participants { edges { node { person { name } } } } } } } }`;
    await accepted(defaults);
    const tight = createApp({ db, webDist: null, cacheTtlSeconds: 0, limits: { maxCost: 1260 } });
    expect(await rejection("COST_LIMIT_EXCEEDED", defaults, undefined, tight)).toMatch(/up to 1261 objects; the limit is 1260/);
  });
});

describe("shape", () => {
  // The brief's example: three nested connections with the objects between them, 12 deep.
  const TWELVE_DEEP = `{ sessions(first: 3) { edges { node { participants(first: 3) { edges { node { person {
    affiliations(first: 3) { edges { node { organisation { name } } } } } } } } } } } }`;

  it("allows 15 levels and rejects 16, through fragments too", async () => {
    await accepted(TWELVE_DEEP);
    const sixteen = TWELVE_DEEP.replace("organisation { name }", "organisation { sessionRoles(first: 1) { edges { node { session { title } } } } }");
    expect(await rejection("DEPTH_LIMIT_EXCEEDED", sixteen)).toBe("The operation is nested 16 fields deep; the limit is 15.");
    const hidden = `query Hidden { sessions(first: 1) { edges { node { ...Deep } } } }
      fragment Deep on Session { participants(first: 1) { edges { node { person { affiliations(first: 1) { edges { node {
        organisation { sessionRoles(first: 1) { edges { node { session { city { name } } } } } } } } } } } } } }`;
    expect(await rejection("DEPTH_LIMIT_EXCEEDED", hidden)).toBe('Operation "Hidden" is nested 17 fields deep; the limit is 15.');
  });

  it("rejects more than 30 aliases", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: countries(first: 1) { totalCount }`).join(" ")} }`;
    expect(await rejection("ALIAS_LIMIT_EXCEEDED", aliases(31))).toBe("The operation uses 31 aliases; the limit is 30.");
    await accepted(aliases(30));
  });

  it("rejects more than 20 directives", async () => {
    const directives = (n: number) => `{ countries(first: 1) { ${Array.from({ length: n }, (_, i) => `t${i}: totalCount @include(if: true)`).join(" ")} } }`;
    expect(await rejection("DIRECTIVE_LIMIT_EXCEEDED", directives(21))).toBe("The operation uses 21 directives; the limit is 20.");
    await accepted(directives(20));
  });

  it("stops parsing a document of more than 2000 tokens", async () => {
    const huge = `{ countries(first: 1) { ${"totalCount ".repeat(2000)} } }`;
    expect(await rejection("TOKEN_LIMIT_EXCEEDED", huge)).toBe("The document has more than 2000 tokens, the limit; parsing stopped there.");
  });

  it("takes its limits from createApp", async () => {
    const strict = createApp({ db, webDist: null, cacheTtlSeconds: 0, limits: { maxDepth: 2 } });
    expect(await rejection("DEPTH_LIMIT_EXCEEDED", `{ countries(first: 1) { edges { node { name } } } }`, undefined, strict)).toBe(
      "The operation is nested 4 fields deep; the limit is 2.",
    );
  });

  it("lets GraphiQL's full introspection query through", async () => {
    const { status, body } = await post(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
  });
});
