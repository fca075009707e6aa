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
