// SQLite under faults: many writers at once through the API (WAL and the busy timeout; no write
// acknowledged and then lost, no update lost to a race), and a kill -9 in the middle of a
// multi-row write (the synthetic generator's bulk load of 400,000 rows) leaving nothing
// half-written.
import { spawn } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { createApp } from "@agora/api";
import { createDb } from "@agora/db";
import { REPO_ROOT } from "../setup/paths.ts";
import { tokensFor } from "../setup/accounts.ts";
import { tempSqliteCopy } from "./support/temp-sqlite.ts";
import { startServer } from "./support/server-process.ts";
import { recordFigures } from "./support/figures.ts";
import type { TestDb } from "../setup/test-db.ts";

const rows: [string, string | number][] = [];
const copies: { remove(): void }[] = [];
afterAll(() => {
  for (const c of copies) c.remove();
  recordFigures("faults-sqlite", { title: "SQLite: concurrent writers, kill -9 mid-write", rows });
});

// Two API server processes on one SQLite file (each its own connection; a write waits for the
// other's lock up to the busy timeout), and an in-process app beside them (its requests share one
// connection, as in any one server).
it("loses no write and no update with 12 writers on two server processes and one app at once", async () => {
  const copy = tempSqliteCopy();
  copies.push(copy);
  const settings = new Database(copy.file, { readonly: true });
  expect(settings.pragma("journal_mode", { simple: true })).toBe("wal");
  settings.close();
  const local = createDb(copy.url);
  const tokens = await tokensFor(local as TestDb, "writers");
  const servers = [await startServer({ DATABASE_URL: copy.url, CACHE_TTL_SECONDS: "0" }), await startServer({ DATABASE_URL: copy.url, CACHE_TTL_SECONDS: "0" })];
  const app = createApp({ db: local, webDist: null, cacheTtlSeconds: 0, rateLimitPerMinute: 0, log: () => {} });
  const fetchers = [
    (init: RequestInit) => app.fetch("http://agora.test/graphql", init),
    ...servers.map((s) => (init: RequestInit) => fetch(`${s.url}/graphql`, init)),
  ];
  const apps = fetchers;
  const call = async (target: (typeof fetchers)[number], query: string, variables: Record<string, unknown>) => {
    const response = await target({
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens.editor}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };

  const { data } = await call(apps[0]!, `mutation { createSession(input: { title: "Counter", sessionKind: WORKSHOP, participantCount: 0, sources: [{ source: "gsef-about" }] }) { entity { key version } userErrors { message } } }`, {});
  const counter = data.createSession.entity.key as string;
  const WRITERS = 12;
  const INCREMENTS = 8;
  const CREATES = 6;
  let stale = 0;
  let failed = 0;
  const errors = new Set<string>();
  const refusedTitles: string[] = [];
  const created: string[] = [];
  let increments = 0;
  const writer = async (w: number) => {
    const app = apps[w % apps.length]!;
    for (let i = 0; i < INCREMENTS; i++) {
      // Optimistic concurrency: read the version, write against it, retry when someone was first.
      for (;;) {
        const read = await call(app, `query($k: String!) { entity(key: $k) { version ... on Session { participantCount } } }`, { k: counter });
        const { version, participantCount } = read.data.entity;
        const write = await call(app, `mutation($k: ID!, $v: Int!, $n: Int!) { updateSession(key: $k, expectedVersion: $v, patch: { participantCount: $n }) { entity { version } userErrors { code } } }`, { k: counter, v: version, n: participantCount + 1 });
        if (write.errors) {
          failed++;
          errors.add(`${write.errors[0]!.extensions?.code}: ${write.errors[0]!.message}`);
          break;
        }
        if (write.data.updateSession.userErrors[0]?.code === "STALE") {
          stale++;
          continue;
        }
        increments++;
        break;
      }
    }
    for (let i = 0; i < CREATES; i++) {
      const title = `Writer ${w} session ${i}`;
      const made = await call(app, `mutation($t: String!) { createSession(input: { title: $t, sessionKind: WORKSHOP, sources: [{ source: "gsef-about" }] }) { entity { key } userErrors { message } } }`, { t: title });
      if (made.errors || made.data.createSession.userErrors.length) {
        failed++;
        refusedTitles.push(title);
        errors.add(`${made.errors?.[0]?.extensions?.code}: ${made.errors?.[0]?.message}`);
      } else created.push(made.data.createSession.entity.key);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  const seconds = (performance.now() - started) / 1000;

  const check = new Database(copy.file, { readonly: true });
  const stored = check.prepare(`SELECT s."participantCount" AS n, e."version" AS v FROM "Session" s JOIN "Entity" e ON e."id" = s."id" WHERE s."id" = ?`).get(counter) as { n: number; v: number };
  const revisions = (check.prepare(`SELECT count(*) AS n FROM "Revision" WHERE "entityId" = ?`).get(counter) as { n: number }).n;
  const present = (check.prepare(`SELECT count(*) AS n FROM "Entity" WHERE "id" IN (${created.map(() => "?").join(",")})`).get(...created) as { n: number }).n;
  const refusedButStored = refusedTitles.length
    ? (check.prepare(`SELECT count(*) AS n FROM "Entity" WHERE "label" IN (${refusedTitles.map(() => "?").join(",")})`).get(...refusedTitles) as { n: number }).n
    : 0;
  check.close();
  await Promise.all(servers.map((s) => s.stop()));
  await local.close();

  // Every acknowledged increment is there: none overwritten by a racing writer, none applied to
  // a stale version. And no write is refused: transactions begin IMMEDIATE (packages/db/src/sqlite),
  // so a writer waits for another process's lock through the busy timeout instead of failing with
  // SQLITE_BUSY half-way (a deferred BEGIN refused 23-30% of the second process's writes).
  expect(stored.n).toBe(increments);
  expect(stored.v).toBe(1 + increments);
  expect(revisions).toBe(1 + increments);
  expect(present).toBe(created.length);
  expect(refusedButStored).toBe(0);
  expect(increments + created.length + failed).toBe(WRITERS * (INCREMENTS + CREATES));
  expect(failed, `writes refused by the database: ${[...errors].join("; ")}`).toBe(0);
  expect(increments).toBe(WRITERS * INCREMENTS);
  expect(created.length).toBe(WRITERS * CREATES);
  rows.push(
    ["concurrent writers (2 server processes + 1 in-process app on one file, WAL, waits for the lock up to 5 s)", WRITERS],
    ["acknowledged increments of one counter / stored", `${increments} / ${stored.n}`],
    ["stale edits refused and retried (optimistic concurrency)", stale],
    ["acknowledged creations / stored", `${created.length} / ${present}`],
    ["lost writes", increments - stored.n + (created.length - present)],
    ["writes refused (SQLITE_BUSY across processes)", failed],
    ["time for all writes", `${seconds.toFixed(1)} s`],
  );
});

it("leaves nothing half-written when the bulk load is killed with SIGKILL mid-insert", async () => {
  const copy = tempSqliteCopy();
  copies.push(copy);
  const snapshot = () => {
    const db = new Database(copy.file, { readonly: true });
    try {
      return {
        integrity: db.pragma("integrity_check", { simple: true }),
        entities: (db.prepare(`SELECT count(*) AS n FROM "Entity"`).get() as { n: number }).n,
        links: (db.prepare(`SELECT count(*) AS n FROM "Link"`).get() as { n: number }).n,
        synthetic: (db.prepare(`SELECT count(*) AS n FROM "Entity" WHERE "id" LIKE 'syn-%'`).get() as { n: number }).n,
        triggers: (db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE "type" = 'trigger'`).get() as { n: number }).n,
        version: db.prepare(`SELECT * FROM "DataVersion"`).all(),
      };
    } finally {
      db.close();
    }
  };
  const before = snapshot();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "generate", "--scale", "M", "--database-url", copy.url], { cwd: join(REPO_ROOT, "packages/cli"), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  // Killed once the Link table, the largest, is half loaded: well inside the one transaction.
  const killedAt = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the load never reached the links:\n${output}`)), 90_000);
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      const progress = [...output.matchAll(/Link (\d+)\/300000/g)].at(-1);
      if (progress && Number(progress[1]) >= 90_000) {
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(progress[0]);
      }
    });
  });
  expect(await exited).toBe("SIGKILL");
  const after = snapshot();
  expect(after.integrity).toBe("ok");
  expect(after).toEqual(before);
  rows.push(
    ["bulk load killed with SIGKILL at", `${killedAt} links (of 100,000 entities and 300,000 links in one transaction)`],
    ["database after the kill", `integrity ok; ${after.synthetic} synthetic rows; entities ${after.entities} (was ${before.entities}); links ${after.links} (was ${before.links}); triggers ${after.triggers} (was ${before.triggers})`],
    ["half-written rows", 0],
  );
});
