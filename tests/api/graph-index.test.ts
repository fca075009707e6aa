// The in-memory graph follows writes: at once when the rebuild is quick, and from the previous
// graph meanwhile when it is not.
import { afterAll, beforeAll, expect, it } from "vitest";
import { GraphIndex } from "../../packages/api/src/graph/graph-index.ts";
import { loadGraphData, type Db } from "@agora/db";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";

let db: TestDb;
beforeAll(async () => {
  db = await copyOfBaseDb();
});
afterAll(() => db.close());

const addLink = (id: string) => db.prisma.link.create({ data: { id, type: "MENTION", sourceId: "gsef-2013", targetId: "bilbao", role: `mention-${id}` } });

it("answers from the new graph once the rebuild is done within the wait", async () => {
  const index = new GraphIndex(db);
  const before = await index.current();
  await addLink("graph-index-1");
  const after = await index.current();
  expect(after).not.toBe(before);
  expect(after.version).toBeGreaterThan(before.version);
  expect(after.edgeIndex.has("graph-index-1")).toBe(true);
});

it("answers from the previous graph while a slow rebuild runs, then from the new one", async () => {
  // A load held back until the test lets it go stands for a million-link rebuild.
  let release = () => {};
  let slow = false;
  const load = async (d: Db) => {
    if (slow) await new Promise<void>((resolve) => (release = resolve));
    return loadGraphData(d);
  };
  const index = new GraphIndex(db, 50, load);
  const before = await index.current();
  await addLink("graph-index-2");
  slow = true;
  const during = await index.current();
  expect(during).toBe(before);
  expect(during.edgeIndex.has("graph-index-2")).toBe(false);
  release();
  let latest = during;
  for (let i = 0; i < 100 && latest === before; i++) latest = await index.current();
  expect(latest.edgeIndex.has("graph-index-2")).toBe(true);
});
