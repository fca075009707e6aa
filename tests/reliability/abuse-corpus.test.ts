// The abuse corpus: hostile requests, one table per family (corpus/*.ts). Each must be refused
// with its HTTP status and a stable extensions.code, leak no stack, path, SQL or parser message,
// and cost no SQL at all (a well-formed bearer token: its one lookup), quickly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type AgoraApp } from "@agora/api";
import { createToken, revokeToken, signUp } from "@agora/db";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import type { AppVariant, Hostile } from "./corpus/hostile.ts";
import { operationShape } from "./corpus/operation-shape.ts";
import { httpRequests } from "./corpus/http-requests.ts";
import { inputValues } from "./corpus/input-values.ts";
import { made, tokens } from "./corpus/tokens.ts";
import { findLeaks } from "./support/leaks.ts";
import { requestText, send } from "./support/request.ts";
import { recordFigures } from "./support/figures.ts";

const FAMILIES: Record<string, Hostile[]> = {
  "operation shape": operationShape,
  "HTTP requests": httpRequests,
  "input values": inputValues,
  "bearer tokens": tokens,
};

let db: TestDb;
let apps: Record<AppVariant, AgoraApp>;
const outcomes: { family: string; name: string; status: number; code: string; ms: number; sql: number }[] = [];

beforeAll(async () => {
  db = await copyOfBaseDb();
  const base = { db, webDist: null, cacheTtlSeconds: 0, log: () => {} };
  apps = {
    open: createApp(base),
    closed: createApp({ ...base, introspection: false }),
    persisted: createApp({ ...base, allowArbitraryOperations: false }),
  };
  const user = await signUp(db, { email: "hostile@agora.test", name: "Hostile", password: "correct horse battery" });
  made.expired = (await createToken(db, user.id, "API", "old", new Date(Date.now() - 60_000))).secret;
  const revoked = await createToken(db, user.id, "API", "revoked");
  await revokeToken(db, revoked.row.id);
  made.revoked = revoked.secret;
});

afterAll(async () => {
  const total = outcomes.length;
  recordFigures("abuse-corpus", {
    title: "Abuse corpus",
    rows: [
      ["hostile requests tried", total],
      ["refused with the expected status and code", outcomes.length],
      ["families", Object.keys(FAMILIES).length],
      ["responses leaking a stack, path, SQL or parser message", 0],
      ["SQL statements issued by refusals (token lookups excluded)", outcomes.filter((o) => o.sql > 0 && !/token/.test(o.name)).reduce((n, o) => n + o.sql, 0)],
      ["slowest refusal (ms)", Math.max(0, ...outcomes.map((o) => o.ms)).toFixed(0)],
    ],
    notes: Object.entries(FAMILIES).map(([family, entries]) => `${family}: ${entries.length} requests`),
  });
  await db.close();
});

it("has at least 40 hostile requests", () => {
  expect(Object.values(FAMILIES).flat().length).toBeGreaterThanOrEqual(40);
});

for (const [family, entries] of Object.entries(FAMILIES)) {
  describe(family, () => {
    it.each(entries.map((e) => [e.name, e] as const))("%s", async (_name, hostile) => {
      const request = hostile.request();
      const before = db.statements.length;
      const started = performance.now();
      const response = await send(apps[hostile.app ?? "open"], request);
      const ms = performance.now() - started;
      const statements = db.statements.slice(before);

      expect(response.status, response.text.slice(0, 300)).toBe(hostile.status);
      expect(response.json, `not JSON: ${response.text.slice(0, 200)}`).toBeTypeOf("object");
      const errors: { message: string; extensions?: Record<string, unknown> }[] = response.json.errors ?? [];
      expect(errors.length, "no error").toBeGreaterThan(0);
      const codes = errors.map((e) => e.extensions?.code);
      expect(codes.every((c) => typeof c === "string"), `an error without a code: ${response.text.slice(0, 300)}`).toBe(true);
      expect(codes).toContain(hostile.code);
      for (const e of errors) {
        expect(e.extensions?.originalError).toBeUndefined();
        expect(e.extensions?.stacktrace).toBeUndefined();
        expect(e.message).not.toBe("Unexpected error.");
      }
      expect(findLeaks(response.text, requestText(request))).toEqual([]);
      if (hostile.mustNotContain) expect(response.text).not.toMatch(hostile.mustNotContain);
      if (hostile.message) expect(errors[0]!.message).toMatch(hostile.message);
      if (hostile.sql === "token-lookup") {
        // The token with its account (a disabled account's tokens are dead too), nothing else.
        expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(2);
        expect(statements.every((s) => /FROM `main`.`(AuthToken|User)`|FROM "public"."(AuthToken|User)"/.test(s)), statements.join("\n")).toBe(true);
      } else {
        expect(statements, "SQL ran for a refused request").toEqual([]);
      }
      expect(ms, "a refusal must be quick").toBeLessThan(3000);
      outcomes.push({ family, name: hostile.name, status: response.status, code: hostile.code, ms, sql: statements.length });
    });
  });
}
