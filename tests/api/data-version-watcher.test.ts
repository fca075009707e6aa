// A write made behind the API's back (seed, import, SQL by hand, another process) reaches the
// response cache through the data version the database bumps.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp, createResponseCache } from "@agora/api";
import { watchDataVersion } from "../../packages/api/src/data-version-watcher.ts";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb();
});
afterAll(() => db.close());

it("drops cached answers once the data version moves", async () => {
  const cache = createResponseCache();
  const app = createApp({ db, webDist: null, responseCache: cache });
  // A long interval: the test drives the checks itself, so none runs between its requests.
  const watcher = watchDataVersion(db, () => cache.invalidateAll(), { intervalMs: 3_600_000 });
  await watcher.ready();
  const title = async () => {
    const response = await app.fetch("http://agora.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ entity(key: "gsef-2013") { label ... on Session { title } } }` }),
    });
    return (await response.json()).data.entity.title as string;
  };
  const original = await title();
  const sqlBefore = db.statements.length;
  expect(await title()).toBe(original);
  expect(db.statements.length).toBe(sqlBefore); // served from the cache

  await db.prisma.session.update({ where: { id: "gsef-2013" }, data: { title: "Renamed behind the API's back" } });
  expect(await title()).toBe(original); // still cached: nothing told the cache yet
  await watcher.check();
  expect(await title()).toBe("Renamed behind the API's back");
  watcher.stop();
  await cache.close();
});

it("keeps polling through a database error and says so once", async () => {
  const lines: string[] = [];
  const refused = () => Promise.reject(new Error("connection refused"));
  // Both ways the version is read: the direct reader, and Prisma where there is none.
  const broken = { ...db, readJsonText: refused, prisma: { dataVersion: { findUnique: refused } } };
  const watcher = watchDataVersion(broken as never, () => {}, { intervalMs: 3_600_000, log: (l) => lines.push(l) });
  await watcher.ready();
  await watcher.check();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/cannot read the data version \(connection refused\)/);
  watcher.stop();
});
