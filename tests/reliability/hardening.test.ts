// Request hardening, the side that must keep working: bodies up to the limits, CSRF prevention
// that lets the web app's GET persisted queries and SSE subscriptions through, CORS for listed
// origins only, security headers fit for the built web app, introspection and GraphiQL switched
// off for production, operation timeouts, the admin-only heap hook, and the env variables.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, DEFAULT_PERSISTED_OPERATIONS_MANIFEST, type AgoraApp } from "@agora/api";
import { readFileSync } from "node:fs";
import { EnvError, optionsFromEnv } from "../../packages/api/src/http/options-from-env.ts";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { tokensFor, type Tokens } from "../setup/accounts.ts";
import { JSON_HEADERS, send } from "./support/request.ts";
import { recordFigures } from "./support/figures.ts";

let db: TestDb;
let app: AgoraApp;
let tokens: Tokens;
const figures: [string, string | number][] = [];

beforeAll(async () => {
  db = await copyOfBaseDb();
  app = createApp({ db, webDist: null, cacheTtlSeconds: 0, log: () => {} });
  tokens = await tokensFor(db, "hardening");
});
afterAll(async () => {
  recordFigures("hardening", { title: "Request hardening", rows: figures });
  await db.close();
});

const manifest = JSON.parse(readFileSync(DEFAULT_PERSISTED_OPERATIONS_MANIFEST, "utf8")) as Record<string, string>;
const hashOf = (name: string) => Object.entries(manifest).find(([, text]) => text.includes(`query ${name}(`))![0];

describe("body size", () => {
  it("takes a 900 KB body without a token, and a 6 MB importData upload with one", async () => {
    const small = await send(app, { body: { query: `query($q: String!) { search(query: $q) { totalCount } }`, variables: { q: "kampala", pad: "x".repeat(900 * 1024) } } });
    expect(small.status).toBe(200);
    // A 5 MB file, JSON-escaped a little larger: refused by importData itself (its own 5 MB rule),
    // which proves the body got through.
    const content = `name\n${"x".repeat(5 * 1024 * 1024 + 10)}\n`;
    const upload = await send(app, {
      headers: { ...JSON_HEADERS, authorization: `Bearer ${tokens.member}` },
      body: { query: `mutation($c: String!) { importData(format: CSV, kind: PERSON, content: $c) { written } }`, variables: { c: content } },
    });
    expect(upload.json.errors[0].message).toMatch(/an upload takes at most 5 MB/);
    figures.push(["largest body without a token (MAX_BODY_BYTES)", "1 MB; 1.5 MB refused 413"], ["largest body with a token (MAX_UPLOAD_BODY_BYTES)", "12 MB; 20 MB refused 413"]);
  });
});

describe("CSRF prevention", () => {
  it("lets the web app's GET persisted query through on sec-fetch-site or the CSRF header, and refuses a bare GET", async () => {
    const params = new URLSearchParams({ operationName: "EntityPage", variables: JSON.stringify({ key: "gsef-2013" }), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf("EntityPage") } }) });
    const get = (headers: Record<string, string>) => send(app, { method: "GET", path: `/graphql?${params}`, headers: { accept: "application/graphql-response+json", ...headers } });
    expect((await get({ "sec-fetch-site": "same-origin" })).json.data.entity.label).toBe("GSEF 2013");
    expect((await get({ "x-graphql-yoga-csrf": "1" })).json.data.entity.label).toBe("GSEF 2013");
    expect((await get({ authorization: `Bearer ${tokens.member}` })).status).toBe(200);
    const bare = await get({});
    expect(bare.status).toBe(403);
    expect(bare.json.errors[0].extensions.code).toBe("CSRF_PREVENTED");
    figures.push(["GET without a CSRF proof", "403 CSRF_PREVENTED; same-origin browser GETs and x-graphql-yoga-csrf pass"]);
  });

  it("keeps subscriptions over SSE working (POST with JSON)", async () => {
    const controller = new AbortController();
    const response = await app.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: `subscription { entityChanged(kinds: [SESSION]) { key } }` }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    controller.abort();
  });
});

describe("CORS", () => {
  const preflight = (target: AgoraApp, origin: string) =>
    target.fetch("http://agora.test/graphql", { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" } });

  it("allows no other origin by default", async () => {
    const response = await send(app, { headers: { ...JSON_HEADERS, origin: "https://evil.example" }, body: { query: `{ __typename }` } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(app, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows exactly the listed origins, without credentials", async () => {
    const open = createApp({ db, webDist: null, corsOrigins: ["https://partner.example"], log: () => {} });
    const ok = await preflight(open, "https://partner.example");
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(ok.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
    expect((await preflight(open, "https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    figures.push(["CORS", "none by default; CORS_ORIGINS lists the allowed origins (no credentials)"]);
  });
});

describe("security headers", () => {
  it("sends a CSP fit for the built web app, and nosniff, referrer and framing rules everywhere", async () => {
    const dist = mkdtempSync(join(tmpdir(), "agora-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Agora</title>");
    const withWeb = createApp({ db, webDist: dist, log: () => {} });
    const html = await withWeb.fetch("http://agora.test/graph?focus=kampala");
    const csp = html.headers.get("content-security-policy")!;
    for (const directive of ["default-src 'self'", "script-src 'self'", "worker-src 'self' blob:", "img-src 'self' data: blob:", "connect-src 'self'", "frame-ancestors 'none'", "object-src 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-eval/);
    for (const response of [html, await withWeb.fetch("http://agora.test/graphql", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ query: "{ __typename }" }) }), await withWeb.fetch("http://agora.test/healthz")]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    }
    const graphiql = await withWeb.fetch("http://agora.test/graphql", { headers: { accept: "text/html" } });
    expect(graphiql.headers.get("content-security-policy")).toMatch(/script-src 'self' 'unsafe-inline' https:\/\/unpkg.com/);
    figures.push(["security headers", "CSP (web app, GraphiQL, API), nosniff, Referrer-Policy, X-Frame-Options, COOP, Permissions-Policy"]);
  });
});

describe("production switches", () => {
  it("turns introspection off (still answering __typename) and GraphiQL off", async () => {
    const closed = createApp({ db, webDist: null, introspection: false, graphiql: false, log: () => {} });
    const typename = await send(closed, { body: { query: `{ __typename sessions(first: 1) { __typename totalCount } }` } });
    expect(typename.json.data.__typename).toBe("Query");
    const introspection = await send(closed, { body: { query: `{ __schema { queryType { name } } }` } });
    expect(introspection.json.errors[0].extensions.code).toBe("INTROSPECTION_DISABLED");
    const page = await closed.fetch("http://agora.test/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});

describe("operation timeout", () => {
  it("answers a query slower than the limit with 503 OPERATION_TIMEOUT, and lets mutations finish", async () => {
    // Every Prisma call waits 1 s first: a database under strain.
    const slowPrisma = new Proxy(db.prisma, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof property !== "string" || property.startsWith("$") || typeof value !== "object" || value === null) return value;
        return new Proxy(value, {
          get(model, method, r) {
            const fn = Reflect.get(model, method, r);
            return typeof fn === "function" ? async (...args: unknown[]) => (await new Promise((ok) => setTimeout(ok, 1000)), fn.apply(model, args)) : fn;
          },
        });
      },
    });
    // SQL plans read past Prisma (sql-plans/): they wait too.
    const slowReadJson = async (sql: string) => (await new Promise((ok) => setTimeout(ok, 1000)), db.readJsonText!(sql));
    const slow = createApp({ db: { ...db, prisma: slowPrisma, readJsonText: slowReadJson }, webDist: null, cacheTtlSeconds: 0, operationTimeoutMs: 100, log: () => {} });
    const started = performance.now();
    const query = await send(slow, { body: { query: `{ countries(first: 1) { totalCount } }` } });
    const took = performance.now() - started;
    expect(query.status).toBe(503);
    expect(query.json.errors[0].extensions.code).toBe("OPERATION_TIMEOUT");
    // Answered before the database could have: the timer, not the query, ended it.
    expect(took).toBeLessThan(900);
    // Graph queries run on another executor (http/compiled-queries.ts); the limit holds there too.
    const graph = await send(slow, { body: { query: `{ neighbourhood(id: "gsef-2014", depth: 1) { nodeCount } }` } });
    expect(graph.status).toBe(503);
    expect(graph.json.errors[0].extensions.code).toBe("OPERATION_TIMEOUT");
    const mutation = await send(slow, {
      headers: { ...JSON_HEADERS, authorization: `Bearer ${tokens.member}` },
      body: { query: `mutation { createApiToken(name: "slow") { token } }` },
    });
    expect(mutation.status).toBe(200);
    expect(mutation.json.data.createApiToken.token).toMatch(/^aga_/);
    figures.push(["query slower than OPERATION_TIMEOUT_MS (test: 100 ms vs a 1 s database)", `503 OPERATION_TIMEOUT after ${took.toFixed(0)} ms`]);
  });
});

describe("debug heap hook", () => {
  it("is off by default, and for admins only when on", async () => {
    const off = await app.fetch("http://agora.test/debug/heap", { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(off.headers.get("content-type") ?? "").not.toMatch(/json/);
    const on = createApp({ db, webDist: null, debugHeap: true, log: () => {} });
    const ask = (token?: string) => on.fetch("http://agora.test/debug/heap", { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await ask()).status).toBe(401);
    expect((await ask(tokens.editor)).status).toBe(403);
    const admin = await ask(tokens.admin);
    expect(admin.status).toBe(200);
    expect((await admin.json()).heapUsed).toBeGreaterThan(1_000_000);
  });
});

describe("configuration", () => {
  it("reads the security variables, and refuses bad values with one line", () => {
    const options = optionsFromEnv({ CORS_ORIGINS: "https://a.example, https://b.example:8443/", INTROSPECTION: "false", GRAPHIQL: "false", MAX_BODY_BYTES: "2048", OPERATION_TIMEOUT_MS: "0", DEBUG_HEAP: "true" });
    expect(options).toMatchObject({
      corsOrigins: ["https://a.example", "https://b.example:8443"],
      introspection: false,
      graphiql: false,
      maxBodyBytes: 2048,
      maxAuthenticatedBodyBytes: 12 * 1024 * 1024,
      operationTimeoutMs: 0,
      requestTimeoutMs: 30_000,
      debugHeap: true,
    });
    expect(optionsFromEnv({})).toMatchObject({ corsOrigins: [], introspection: true, graphiql: true, maxBodyBytes: 1024 * 1024, operationTimeoutMs: 15_000, debugHeap: false });
    expect(() => optionsFromEnv({ CORS_ORIGINS: "*" })).toThrow(EnvError);
    expect(() => optionsFromEnv({ CORS_ORIGINS: "https://a.example/app" })).toThrow(/CORS_ORIGINS must list origins/);
    expect(() => optionsFromEnv({ INTROSPECTION: "no" })).toThrow(/INTROSPECTION must be 'true' or 'false'/);
    expect(optionsFromEnv({}).database).toEqual({ preparedStatements: true, parallelQuery: false });
    expect(optionsFromEnv({ PG_PREPARED_STATEMENTS: "false", PG_PARALLEL_QUERY: "true" }).database).toEqual({ preparedStatements: false, parallelQuery: true });
    expect(() => optionsFromEnv({ PG_PARALLEL_QUERY: "1" })).toThrow(/PG_PARALLEL_QUERY must be 'true' or 'false'; got '1'/);
    expect(() => optionsFromEnv({ MAX_BODY_BYTES: "2048", MAX_UPLOAD_BODY_BYTES: "1024" })).toThrow(/MAX_UPLOAD_BODY_BYTES/);
    expect(optionsFromEnv({}).heapGrowthPercent).toBe(20);
    expect(optionsFromEnv({ HEAP_GROWTH_PERCENT: "0" }).heapGrowthPercent).toBe(0);
    expect(optionsFromEnv({ HEAP_GROWTH_PERCENT: "50" }).heapGrowthPercent).toBe(50);
    expect(() => optionsFromEnv({ HEAP_GROWTH_PERCENT: "1.5" })).toThrow(/HEAP_GROWTH_PERCENT must be a whole number of at least 0; got '1.5'/);
  });
});
