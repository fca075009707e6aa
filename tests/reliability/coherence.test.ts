// Two API processes sharing PostgreSQL and Redis under concurrent writes: no lost update (stale
// edits refused, never applied), response caches that agree with the database on both processes
// after every write, and subscribers on each process hearing every change made on either, in
// version order.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { tokensFor, type Tokens } from "../setup/accounts.ts";
import { startServer, gql, type ServerProcess } from "./support/server-process.ts";
import { recordFigures } from "./support/figures.ts";

const REDIS_URL = process.env.AGORA_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `agora-reliability-${randomUUID().slice(0, 8)}:`;
let db: TestDb;
let tokens: Tokens;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  db = await copyOfBaseDb("postgres");
  tokens = await tokensFor(db, "coherence");
  const env = { DATABASE_URL: db.target.url, REDIS_URL, REDIS_KEY_PREFIX: prefix, CACHE_TTL_SECONDS: "60" };
  servers = await Promise.all([startServer(env), startServer(env)]);
}, 120_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.close();
});

/** Collects entityChanged events from one process until aborted. */
function subscribe(url: string) {
  const controller = new AbortController();
  const events: { key: string; action: string; version: number }[] = [];
  const done = (async () => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: `subscription { entityChanged(kinds: [SESSION]) { key action version } }` }),
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split("\n").find((l) => l.startsWith("data:"));
          if (block.startsWith("event: next") && data) events.push(JSON.parse(data.slice(5)).data.entityChanged);
        }
      }
    } catch {
      // aborted
    }
  })();
  return { events, stop: async () => (controller.abort(), await done) };
}

async function subscribers(count: number) {
  const redis = new Redis(REDIS_URL);
  try {
    for (let i = 0; i < 200; i++) {
      const [, n] = (await redis.pubsub("NUMSUB", `${prefix}entity-changed`)) as [string, number];
      if (Number(n) >= count) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("the subscriptions never reached Redis");
  } finally {
    redis.disconnect();
  }
}

it("keeps two processes coherent under concurrent writes: no lost update, fresh caches, every event on both", async () => {
  const [a, b] = servers as [ServerProcess, ServerProcess];
  const onA = subscribe(a.url);
  const onB = subscribe(b.url);
  // Each process subscribes to Redis once for its subscribers.
  await subscribers(2);

  const created = await gql(a.url, `mutation { createSession(input: { title: "Shared counter", sessionKind: WORKSHOP, participantCount: 0, sources: [{ source: "gsef-about" }] }) { entity { key version } } }`, {}, tokens.member);
  const key = created.json.data.createSession.entity.key as string;
  const read = `query($k: String!) { entity(key: $k) { version ... on Session { participantCount venue } } }`;
  // Fill both processes' (shared) response cache with version 1.
  for (const s of [a, b]) expect((await gql(s.url, read, { k: key })).json.data.entity.version).toBe(1);

  // Ten editors at once from the same version, five on each process: exactly one wins.
  const race = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      gql([a, b][i % 2]!.url, `mutation($k: ID!) { updateSession(key: $k, expectedVersion: 1, patch: { venue: "Room ${i}" }) { entity { version } userErrors { code } } }`, { k: key }, tokens.editor),
    ),
  );
  const winners = race.filter((r) => r.json.data.updateSession.userErrors.length === 0);
  expect(winners).toHaveLength(1);
  expect(race.filter((r) => r.json.data.updateSession.userErrors[0]?.code === "STALE")).toHaveLength(9);

  // Then increments through optimistic concurrency, from both processes at once.
  let increments = 0;
  let stale = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      const s = [a, b][w % 2]!;
      for (let i = 0; i < 5; i++) {
        for (;;) {
          // Uncached read (a token bypasses the shared cache): the version to write against.
          const current = (await gql(s.url, read, { k: key }, tokens.editor)).json.data.entity;
          const write = await gql(s.url, `mutation($k: ID!, $v: Int!, $n: Int!) { updateSession(key: $k, expectedVersion: $v, patch: { participantCount: $n }) { entity { version } userErrors { code } } }`, { k: key, v: current.version, n: current.participantCount + 1 }, tokens.editor);
          expect(write.json.errors).toBeUndefined();
          if (write.json.data.updateSession.userErrors[0]?.code === "STALE") {
            stale++;
            continue;
          }
          expect(write.json.data.updateSession.userErrors).toEqual([]);
          increments++;
          break;
        }
      }
    }),
  );
  const finalVersion = 2 + increments;
  const stored = await db.prisma.session.findUniqueOrThrow({ where: { id: key }, include: { entity: true } });
  expect(stored.participantCount).toBe(increments);
  expect(stored.entity.version).toBe(finalVersion);

  // Both processes' anonymous (cached) answers now agree with the database.
  let staleReads = 0;
  const deadline = performance.now() + 2000;
  for (const s of [a, b]) {
    for (;;) {
      const seen = (await gql(s.url, read, { k: key })).json.data.entity;
      if (seen.version === finalVersion && seen.participantCount === increments) break;
      staleReads++;
      expect(performance.now(), `cached answer on ${s.url} stuck at version ${seen.version}`).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  // Every change reached the subscribers of both processes, in version order.
  const until = performance.now() + 3000;
  const expected = 1 + 1 + increments; // create, the race's winner, the increments
  while ((onA.events.length < expected || onB.events.length < expected) && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
  await Promise.all([onA.stop(), onB.stop()]);
  for (const events of [onA.events, onB.events]) {
    const mine = events.filter((e) => e.key === key);
    expect(mine.map((e) => e.version)).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
  }
  recordFigures("coherence", {
    title: "Two API processes sharing PostgreSQL and Redis",
    rows: [
      ["ten editors at once from one version, on two processes", "1 applied, 9 refused STALE"],
      ["optimistic increments from 8 writers on both processes", `${increments} acknowledged, ${increments} stored (lost updates: 0); ${stale} stale edits refused and retried`],
      ["cached reads on either process after the last write", `both at version ${finalVersion}${staleReads ? ` (${staleReads} stale reads within 2 s)` : ", at once"}`],
      ["events heard by the subscriber on each process", `${expected} of ${expected} on each, in version order`],
    ],
  });
});
