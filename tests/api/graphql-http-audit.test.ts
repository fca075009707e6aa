// GraphQL over HTTP conformance, audited by graphql-http against the real app through
// app.fetch. Every MUST passes; failed SHOULDs are printed and must match the ones the README
// lists under "GraphQL over HTTP compliance" (none today).
import { serverAudits, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type AgoraApp } from "@agora/api";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";

const KNOWN_SHOULD_FAILURES: string[] = [];

let db: TestDb;
let app: AgoraApp;
beforeAll(async () => {
  db = await copyOfBaseDb();
  app = createApp({ db, webDist: null });
});
afterAll(() => db.close());

const audits = serverAudits({
  url: "http://agora.test/graphql",
  fetchFn: (input: string, init?: RequestInit) => app.fetch(new Request(input, init)),
});

describe("MUST", () => {
  for (const audit of audits.filter((a) => a.name.startsWith("MUST"))) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status, result.status === "ok" ? "" : result.reason).toBe("ok");
    });
  }
});

it("fails no SHOULD but those the README lists", async () => {
  const failed: AuditResult[] = [];
  for (const audit of audits.filter((a) => a.name.startsWith("SHOULD"))) {
    const result = await audit.fn();
    if (result.status !== "ok") failed.push(result);
  }
  for (const f of failed) console.log(`SHOULD not met: ${f.id} ${f.name}: ${f.status === "ok" ? "" : f.reason}`);
  expect(failed.map((f) => `${f.id} ${f.name}`)).toEqual(KNOWN_SHOULD_FAILURES);
});

it("says only that a body is not JSON, without the parser's own message", async () => {
  const response = await app.fetch("http://agora.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: "{ not json",
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ errors: [{ message: "POST body sent invalid JSON.", extensions: { code: "BAD_REQUEST" } }] });
});
