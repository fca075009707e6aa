// The web app sends hashes from the manifest codegen writes (apps/web/codegen.ts); the API
// runs the operation the manifest names. With arbitrary operations off, nothing else runs.
import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp, DEFAULT_PERSISTED_OPERATIONS_MANIFEST, type AgoraApp } from "@agora/api";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { tokensFor } from "../setup/accounts.ts";

const manifest = JSON.parse(readFileSync(DEFAULT_PERSISTED_OPERATIONS_MANIFEST, "utf8")) as Record<string, string>;
const hashOf = (operation: string) => {
  const entry = Object.entries(manifest).find(([, text]) => text.includes(`query ${operation}(`));
  if (!entry) throw new Error(`The manifest has no ${operation} query: run pnpm generate`);
  return entry[0];
};
const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb();
});
afterAll(() => db.close());

async function post(app: AgoraApp, body: Record<string, unknown>) {
  const response = await app.fetch("http://agora.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

it("runs a web app operation sent as its hash, by POST and by GET as urql sends it", async () => {
  const app = createApp({ db, webDist: null, cacheTtlSeconds: 0 });
  const extensions = persisted(hashOf("EntityPage"));
  const byPost = await post(app, { operationName: "EntityPage", variables: { key: "gsef-2013" }, extensions });
  expect(byPost.body.errors).toBeUndefined();
  expect(byPost.body.data.entity.label).toBe("GSEF 2013");

  const params = new URLSearchParams({ operationName: "EntityPage", variables: JSON.stringify({ key: "gsef-2013" }), extensions: JSON.stringify(extensions) });
  // The browser adds sec-fetch-site to urql's GET; CSRF prevention lets same-origin GETs through
  // on it (or on the x-graphql-yoga-csrf header), and refuses a bare GET.
  const byGet = await app.fetch(`http://agora.test/graphql?${params}`, { headers: { accept: "application/graphql-response+json", "sec-fetch-site": "same-origin" } });
  expect(byGet.status).toBe(200);
  expect(await byGet.json()).toEqual(byPost.body);
});

it("rejects an unknown hash with PERSISTED_OPERATION_NOT_FOUND", async () => {
  const app = createApp({ db, webDist: null });
  const unknown = "0".repeat(64);
  const { status, body } = await post(app, { extensions: persisted(unknown) });
  expect(status).toBe(400);
  expect(body.errors).toEqual([
    {
      message: `No persisted operation has the hash "${unknown}". This server runs the operations of its own web app build.`,
      extensions: { code: "PERSISTED_OPERATION_NOT_FOUND" },
    },
  ]);
});

it("refuses operations sent as text when arbitrary operations are off, and runs them when on", async () => {
  const query = `{ countries(first: 1) { totalCount } }`;
  const closed = createApp({ db, webDist: null, allowArbitraryOperations: false });
  const before = db.statements.length;
  const refused = await post(closed, { query });
  expect(refused.status).toBe(400);
  expect(refused.body.errors[0].extensions.code).toBe("PERSISTED_OPERATION_REQUIRED");
  expect(refused.body.errors[0].message).toMatch(/persisted operations only/);
  expect(db.statements.length).toBe(before);
  // The web app's operations still run.
  const page = await post(closed, { variables: { key: "gsef-2013" }, extensions: persisted(hashOf("EntityPage")) });
  expect(page.body.data.entity.label).toBe("GSEF 2013");

  const open = createApp({ db, webDist: null, allowArbitraryOperations: true });
  expect((await post(open, { query })).body.data.countries.totalCount).toBeGreaterThan(0);
});

it("says so once when the manifest is missing, and knows no hash", async () => {
  const lines: string[] = [];
  const app = createApp({ db, webDist: null, persistedOperationsManifest: "/nowhere/persisted-documents.json", log: (l) => lines.push(l) });
  expect(lines).toEqual(["persisted operations unavailable: no manifest at /nowhere/persisted-documents.json (pnpm generate writes it)"]);
  const { body } = await post(app, { variables: { key: "gsef-2013" }, extensions: persisted(hashOf("EntityPage")) });
  expect(body.errors[0].extensions.code).toBe("PERSISTED_OPERATION_NOT_FOUND");
});

it("keeps every web app query within the query limits, for visitors and editors", async () => {
  const app = createApp({ db, webDist: null, cacheTtlSeconds: 0, rateLimitPerMinute: 0 });
  const editor = (await tokensFor(db, "persisted")).editor;
  // Enough variables for any of them; each operation reads only those it declares.
  const variables = {
    key: "gsef", entityKey: "gsef", focus: "gsef", focusKey: "gsef", depth: 2, from: "kampala", to: "montreal",
    query: "seoul", today: "2026-11-23", first: 50, search: null, after: null, filter: null,
  };
  // Mutations and subscriptions change data or stream: the edit and live-update tests cover them.
  const isQuery = (text: string) => parse(text).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === "query");
  const queries = Object.entries(manifest).filter(([, text]) => isQuery(text));
  expect(queries.length).toBeGreaterThan(5);
  for (const [hash, text] of queries) {
    const editorsOnly = /duplicateCandidates|\busers\b/.test(text);
    for (const token of [undefined, editor]) {
      const response = await app.fetch("http://agora.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ variables, extensions: persisted(hash) }),
      });
      const body = await response.json();
      if (editorsOnly && !token) {
        expect(body.errors?.[0]?.extensions?.code, text.slice(0, 80)).toBe("UNAUTHENTICATED");
        continue;
      }
      expect(body.errors, text.slice(0, 80)).toBeUndefined();
      expect(response.status).toBe(200);
    }
  }
});
