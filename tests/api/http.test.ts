// The HTTP surface besides GraphQL: health check, GraphiQL, the web app, and the published schema.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "@agora/api";
import { createDb } from "@agora/db";
import { printedSchema, SCHEMA_FILE } from "../../packages/api/src/cli/print-schema.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { ENGINE } from "../setup/test-db.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("answers /healthz with the database kind when the database is up", async () => {
  const response = await t.app.fetch("http://agora.test/healthz");
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: ENGINE });
});

it("answers /healthz with 503 when the database is gone", async () => {
  // Nothing listens on port 1: every query fails as it would with the server down.
  const gone = createDb("postgresql://postgres@127.0.0.1:1/agora");
  const response = await createApp({ db: gone, webDist: null }).fetch("http://agora.test/healthz");
  await gone.close();
  expect(response.status).toBe(503);
  expect((await response.json()).status).toBe("unavailable");
});

it("serves GraphiQL to a browser at /graphql", async () => {
  const response = await t.app.fetch("http://agora.test/graphql", { headers: { accept: "text/html" } });
  expect(response.status).toBe(200);
  expect(await response.text()).toMatch(/graphiql/i);
});

it("serves the web app at /, its assets, and index.html for app routes", async () => {
  const dist = mkdtempSync(join(tmpdir(), "agora-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Agora test</title>");
  writeFileSync(join(dist, "assets", "app-1234.js"), "console.log(1)");
  const app = createApp({ db: t.db, webDist: dist });
  const home = await app.fetch("http://agora.test/");
  expect(home.headers.get("content-type")).toMatch(/text\/html/);
  expect(await home.text()).toMatch(/Agora test/);
  const route = await app.fetch("http://agora.test/session/gsef-2018");
  expect(await route.text()).toMatch(/Agora test/);
  const asset = await app.fetch("http://agora.test/assets/app-1234.js");
  expect(asset.headers.get("cache-control")).toMatch(/immutable/);
  expect((await app.fetch("http://agora.test/assets/missing.js")).status).toBe(404);
  expect((await app.fetch("http://agora.test/..%2f..%2fpackage.json")).status).toBe(404);
  // The API still answers on the same app.
  const api = await app.fetch("http://agora.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ countries(first: 1) { totalCount } }" }),
  });
  expect((await api.json()).data.countries.totalCount).toBeGreaterThan(0);
});

it("masks unexpected errors and reports validation errors exactly", async () => {
  const bad = await t.gql(`{ sessions(first: 1) { edges { node { nope } } } }`);
  expect(bad.errors?.[0]?.message).toMatch(/Cannot query field "nope" on type "Session"/);
  const date = await t.gql(`query($d: Date!) { sessions(filter: { from: $d }) { totalCount } }`, { d: "21/08/2019" });
  expect(date.errors?.[0]?.message).toMatch(/Date must be an ISO 8601 date/);
});

it("publishes a schema.graphql that matches the code (run `pnpm schema:print` after changing the schema)", () => {
  expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(printedSchema());
});

it("sends a GraphQL answer as UTF-8 bytes whose Content-Length counts bytes, not characters", async () => {
  const server = createServer(t.app);
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  try {
    const { port } = server.address() as { port: number };
    const key = "Zürich–東京";
    const body = JSON.stringify({ query: `query($id: ID!) { neighbourhood(id: $id) { nodeCount } }`, variables: { id: key } });
    const { headers, bytes } = await new Promise<{ headers: Record<string, unknown>; bytes: Buffer }>((done, fail) => {
      const req = request({ port, path: "/graphql", method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      });
      req.on("error", fail);
      req.end(body);
    });
    expect(headers["content-type"]).toBe("application/graphql-response+json; charset=utf-8");
    expect(Number(headers["content-length"])).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(bytes.toString("utf8").length);
    expect(JSON.parse(bytes.toString("utf8")).errors[0].message).toContain(key);
  } finally {
    await new Promise((closed) => server.close(closed));
  }
});

it("limits bodies over real HTTP: chunked ones are counted, and a Content-Length is all that is read", async () => {
  const server = createServer(createApp({ db: t.db, webDist: null, maxBodyBytes: 64 * 1024, cacheTtlSeconds: 0 }));
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as { port: number };
  const headers = { "content-type": "application/json", accept: "application/graphql-response+json" };
  // `chunks` null: only the headers are sent, and the body never comes.
  const post = (chunks: string[] | null, extra: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((done, fail) => {
      // A connection of its own: after a refused body the server may close the connection.
      const req = request({ port, path: "/graphql", method: "POST", headers: { ...headers, ...extra }, agent: false }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => {
          done({ status: res.statusCode!, body });
          req.destroy();
        });
      });
      req.on("error", fail);
      if (chunks === null) return void req.flushHeaders();
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  try {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(200 * 1024) } });
    // No Content-Length: node:http sends it chunked, and the limit counts as it reads.
    const chunked = await post([big.slice(0, 100_000), big.slice(100_000)]);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    // Announced too large: refused on the headers, without waiting for the body.
    const announced = await post(null, { "content-length": String(Buffer.byteLength(big)) });
    expect(announced.status).toBe(413);
    const small = JSON.stringify({ query: "{ __typename }" });
    const read = { query: "{ sessions(first: 1) { totalCount } }" };
    for (const body of [small, JSON.stringify(read)]) {
      const answered = await post([body], { "content-length": String(body.length) });
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.body).errors).toBeUndefined();
      expect((await post([body])).status).toBe(200);
    }
    // A length that is not one number is refused before the body is read (node:http's parser
    // already refuses it; app.fetch has none).
    const odd = await t.app.fetch("http://agora.test/graphql", { method: "POST", headers: { ...headers, "content-length": "1e3" }, body: small });
    expect(odd.status).toBe(400);
  } finally {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  }
});
