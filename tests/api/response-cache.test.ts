// Responses are cached by operation and variables: a repeated request issues no SQL until a
// write invalidates what it contains. Two app instances on one Redis share entries and
// invalidations; a Redis that is down leaves the API answering, uncached.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createApp, createResponseCache, type AgoraApp, type ResponseCache } from "@agora/api";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { tokensFor } from "../setup/accounts.ts";

const REDIS_URL = process.env.AGORA_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const SESSIONS = `query($n: Int!) { sessions(first: $n) { edges { node { id title } } } }`;

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb();
});
afterAll(() => db.close());

async function sessions(app: AgoraApp, n: number, headers: Record<string, string> = {}) {
  const before = db.statements.length;
  const response = await app.fetch("http://agora.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query: SESSIONS, variables: { n } }),
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  const nodes = body.data.sessions.edges.map((e: any) => e.node) as { id: string; title: string }[];
  return { nodes, sql: db.statements.length - before };
}

/** Renames the first session listed in the database itself, behind the API's back. */
async function renameFirstSession(title: string) {
  const first = await db.prisma.session.findFirstOrThrow({ where: { title: (await sessions(uncached, 1)).nodes[0]!.title } });
  await db.prisma.session.update({ where: { id: first.id }, data: { title } });
}

let uncached: AgoraApp;
beforeAll(() => {
  uncached = createApp({ db, webDist: null, cacheTtlSeconds: 0 });
});

describe("in memory", () => {
  it("answers a repeated request from the cache, and other variables from the database", async () => {
    const app = createApp({ db, webDist: null });
    const first = await sessions(app, 2);
    expect(first.sql).toBeGreaterThan(0);
    const again = await sessions(app, 2);
    expect(again).toEqual({ nodes: first.nodes, sql: 0 });
    const three = await sessions(app, 3);
    expect(three.sql).toBeGreaterThan(0);
    expect(three.nodes).toHaveLength(3);
    expect((await sessions(app, 3)).sql).toBe(0);
  });

  it("serves a changed row once the object is invalidated, and after invalidating everything", async () => {
    const cache = createResponseCache();
    const app = createApp({ db, webDist: null, responseCache: cache });
    const before = await sessions(app, 2);
    const session = before.nodes[0]!;
    await renameFirstSession("Renamed once");
    expect((await sessions(app, 2)).nodes[0]!.title).toBe(session.title); // still cached

    await cache.invalidate([{ typename: "Session", id: session.id }]);
    const fresh = await sessions(app, 2);
    expect(fresh.sql).toBeGreaterThan(0);
    expect(fresh.nodes[0]).toEqual({ id: session.id, title: "Renamed once" });

    await renameFirstSession("Renamed twice");
    await cache.invalidateAll();
    expect((await sessions(app, 2)).nodes[0]!.title).toBe("Renamed twice");
    await renameFirstSession(session.title);
  });

  it("never caches a request that carries credentials", async () => {
    const app = createApp({ db, webDist: null });
    const token = (await tokensFor(db, "cache")).member;
    for (const headers of [{ authorization: `Bearer ${token}` }, { cookie: "session=someone" }] as Record<string, string>[]) {
      expect((await sessions(app, 4, headers)).sql).toBeGreaterThan(0);
      expect((await sessions(app, 4, headers)).sql).toBeGreaterThan(0);
    }
    // Nor serves them what an anonymous request cached.
    await sessions(app, 5);
    expect((await sessions(app, 5, { authorization: `Bearer ${token}` })).sql).toBeGreaterThan(0);
  });

  it("answers a hit with the same bytes as the miss, however often it is asked", async () => {
    const app = createApp({ db, webDist: null });
    const ask = async () => {
      const before = db.statements.length;
      const response = await app.fetch("http://agora.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query: `{ sessions(first: 3) { totalCount edges { cursor node { id title startDate city { name } } } } }` }),
      });
      return { text: await response.text(), type: response.headers.get("content-type"), sql: db.statements.length - before };
    };
    const miss = await ask();
    expect(miss.sql).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(await ask()).toEqual({ text: miss.text, type: miss.type, sql: 0 });
    expect(JSON.parse(miss.text).data.sessions.edges).toHaveLength(3);
  });

  it("stores neither answers with errors, nor introspection, nor mutations", async () => {
    const cache = createResponseCache();
    const stored: string[] = [];
    const app = createApp({ db, webDist: null, responseCache: { ...cache, store: { ...cache.store, set: (key, ...rest) => (stored.push(key), cache.store.set(key, ...rest)) } } });
    const ask = async (query: string) => {
      const before = db.statements.length;
      const response = await app.fetch("http://agora.test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      return { body: await response.json(), sql: db.statements.length - before };
    };
    // Partly answered: the sessions are there, the node is an error.
    const partial = `{ sessions(first: 2) { edges { node { id } } } node(id: "%%%") { id } }`;
    const first = await ask(partial);
    expect(first.body.errors).toHaveLength(1);
    expect(first.body.data.sessions.edges).toHaveLength(2);
    expect((await ask(partial)).sql).toBeGreaterThan(0);
    await ask(`{ __schema { queryType { name } } }`);
    await ask(`mutation { signOut }`);
    expect(stored).toEqual([]);
    // The same app stores a plain answer, and then answers it without SQL.
    const plain = `{ sessions(first: 2) { edges { node { id } } } }`;
    expect((await ask(plain)).sql).toBeGreaterThan(0);
    expect(stored).toHaveLength(1);
    expect((await ask(plain)).sql).toBe(0);
  });

  it("does not store an answer computed while a write emptied the cache", async () => {
    const cache = createResponseCache();
    let entered = () => {};
    const inGet = new Promise<void>((resolve) => (entered = resolve));
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let hold = true;
    // The same cache, whose first lookup waits until the test has emptied it.
    const gated: ResponseCache = Object.create(cache, {
      store: {
        value: {
          ...cache.store,
          get: async (key: string) => {
            if (hold) {
              hold = false;
              entered();
              await held;
            }
            return cache.store.get(key);
          },
        },
      },
    });
    const app = createApp({ db, webDist: null, responseCache: gated });
    const pending = sessions(app, 2);
    await inGet;
    await cache.invalidateAll(); // what a write does
    release();
    expect((await pending).sql).toBeGreaterThan(0);
    expect((await sessions(app, 2)).sql).toBeGreaterThan(0); // the answer above was not stored
    expect((await sessions(app, 2)).sql).toBe(0); // this one was
  });

  it("is off with a TTL of 0", async () => {
    await sessions(uncached, 2);
    expect((await sessions(uncached, 2)).sql).toBeGreaterThan(0);
  });
});

describe("in Redis", () => {
  // A prefix of this run and file alone: parallel projects and runs share the one Redis.
  const keyPrefix = `agora-test:${inject("runId")}:${randomUUID()}:`;
  const caches = [createResponseCache({ redisUrl: REDIS_URL, keyPrefix }), createResponseCache({ redisUrl: REDIS_URL, keyPrefix })];
  afterAll(async () => {
    await caches[0]!.invalidateAll();
    await Promise.all(caches.map((c) => c.close()));
  });

  it("shares entries and invalidations between two app instances", async () => {
    const [cacheA, cacheB] = caches as [ReturnType<typeof createResponseCache>, ReturnType<typeof createResponseCache>];
    await Promise.all([cacheA.ready(), cacheB.ready()]);
    const a = createApp({ db, webDist: null, responseCache: cacheA });
    const b = createApp({ db, webDist: null, responseCache: cacheB });

    const first = await sessions(a, 2);
    expect(first.sql).toBeGreaterThan(0);
    expect((await sessions(a, 2)).sql).toBe(0);
    expect(await sessions(b, 2)).toEqual({ nodes: first.nodes, sql: 0 }); // B reads what A stored

    // A write and its invalidation through B...
    const session = first.nodes[0]!;
    await renameFirstSession("Renamed through B");
    await cacheB.invalidate([{ typename: "Session", id: session.id }]);
    // ...and A answers fresh data.
    const fresh = await sessions(a, 2);
    expect(fresh.sql).toBeGreaterThan(0);
    expect(fresh.nodes[0]).toEqual({ id: session.id, title: "Renamed through B" });
    await renameFirstSession(session.title);
    await cacheA.invalidateAll();
    expect((await sessions(b, 2)).nodes[0]!.title).toBe(session.title);
  });

  it("answers uncached, logging once, while Redis is unreachable", async () => {
    const lines: string[] = [];
    // Nothing listens on port 1.
    const down = createResponseCache({ redisUrl: "redis://127.0.0.1:1", keyPrefix, log: (line) => lines.push(line) });
    await down.ready();
    const app = createApp({ db, webDist: null, responseCache: down });
    const first = await sessions(app, 2);
    const second = await sessions(app, 2);
    expect(second.nodes).toEqual(first.nodes);
    expect(second.sql).toBeGreaterThan(0);
    await down.invalidateAll();
    await down.close();
    expect(lines[0]).toMatch(/^response cache: Redis at redis:\/\/127\.0\.0\.1:1 is unavailable \(.+\); answering uncached until it is back$/);
    expect(lines.filter((l) => l.includes("answering uncached"))).toHaveLength(1);
  });
});
