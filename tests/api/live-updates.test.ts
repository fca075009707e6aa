// Subscriptions over Server-Sent Events: an edit reaches subscribers at once, in the same process
// and, through Redis, in another process; and per-token rate limits hold under a burst.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createAgoraPubSub, createApp } from "@agora/api";
import { createDb } from "@agora/db";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { tokensFor, type Tokens } from "../setup/accounts.ts";

const REDIS_URL = process.env.AGORA_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
let db: TestDb;
let tokens: Tokens;
beforeAll(async () => {
  db = await copyOfBaseDb();
  tokens = await tokensFor(db, "live");
});
afterAll(() => db.close());

type App = ReturnType<typeof createApp>;

/** Resolves once Redis has a subscriber on the channel: publishing earlier would be lost. */
async function subscribed(channel: string) {
  const redis = new Redis(REDIS_URL);
  try {
    for (let i = 0; i < 200; i++) {
      const [, count] = (await redis.pubsub("NUMSUB", channel)) as [string, number];
      if (Number(count) > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`nobody subscribed to ${channel}`);
  } finally {
    redis.disconnect();
  }
}

/** Opens a subscription and returns the next `count` events' data. */
async function subscribe(app: App, query: string, count: number) {
  const controller = new AbortController();
  const response = await app.fetch("http://agora.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events = (async () => {
    const found: any[] = [];
    let buffer = "";
    while (found.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split("\n").find((line) => line.startsWith("data:"));
        if (block.startsWith("event: next") && data) found.push(JSON.parse(data.slice(5)).data);
      }
    }
    controller.abort();
    return found;
  })();
  return events;
}

const createSession = async (app: App, title: string) => {
  const response = await app.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens.member}` },
      body: JSON.stringify({
        query: `mutation($t: String!) { createSession(input: { title: $t, sessionKind: WORKSHOP, sources: [{ source: "gsef-knowledge-exchange" }] }) { entity { key } userErrors { message } } }`,
        variables: { t: title },
      }),
    });
  return response.json();
};

const SUBSCRIPTION = `subscription { entityChanged(kinds: [SESSION]) { key kind action version entity { label } } }`;

it("tells a subscriber of a new session as it is created", async () => {
  const app = createApp({ db, webDist: null });
  const events = subscribe(app, SUBSCRIPTION, 1);
  await new Promise((r) => setTimeout(r, 50)); // let the subscription register
  const created = await createSession(app, "Live workshop one");
  expect(created.data.createSession.userErrors).toEqual([]);
  const [event] = await events;
  expect(event.entityChanged).toEqual({ key: created.data.createSession.entity.key, kind: "SESSION", action: "CREATE", version: 1, entity: { label: "Live workshop one" } });
});

it("carries an edit on one API process to a subscriber on another through Redis", async () => {
  const channel = `agora-test:${randomUUID()}`;
  const pubsubA = createAgoraPubSub(REDIS_URL, channel);
  const a = createApp({ db, webDist: null, pubsub: pubsubA });
  const events = subscribe(a, SUBSCRIPTION, 1);
  await subscribed(channel);
  // Another process: its own connection to the same database, its own Redis clients.
  const pubsubB = createAgoraPubSub(REDIS_URL, channel);
  const otherConnection = createDb(db.target.url);
  const b = createApp({ db: otherConnection, webDist: null, pubsub: pubsubB });
  const created = await createSession(b, "Live workshop two");
  const [event] = await events;
  expect(event.entityChanged.key).toBe(created.data.createSession.entity.key);
  await Promise.all([pubsubA.close(), pubsubB.close(), otherConnection.close()]);
});

it("holds a per-token rate limit under a burst, with Retry-After", async () => {
  const app = createApp({ db, webDist: null, rateLimitPerMinute: 5, cacheTtlSeconds: 0 });
  const ask = (token: string) =>
    app.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { name } }" }),
    });
  const burst = await Promise.all(Array.from({ length: 12 }, () => ask(tokens.editor)));
  const statuses = burst.map((r) => r.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(5);
  expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  const refused = burst.find((r) => r.status === 429)!;
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await refused.json()).errors[0].extensions.code).toBe("RATE_LIMITED");
  // Another token has its own bucket.
  expect((await ask(tokens.admin)).status).toBe(200);
});

it("delivers through Redis to a subscriber of the same process, with the response cache on (regression)", async () => {
  // The response cache used to hold back subscription events that loaded entities: the
  // configuration of a server started with REDIS_URL.
  const channel = `agora-test:${randomUUID()}`;
  const pubsub = createAgoraPubSub(REDIS_URL, channel);
  const app = createApp({ db, webDist: null, pubsub });
  const events = subscribe(app, SUBSCRIPTION, 1);
  await subscribed(channel);
  const created = await createSession(app, "Live workshop three");
  const [event] = await events;
  expect(event.entityChanged).toMatchObject({ key: created.data.createSession.entity.key, entity: { label: "Live workshop three" } });
  await pubsub.close();
});
