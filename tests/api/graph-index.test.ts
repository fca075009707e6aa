// The in-memory graph follows writes: at once when the rebuild is quick, and from the previous
// graph meanwhile when it is not.
import { afterAll, beforeAll, expect, it } from "vitest";
import { GraphIndex } from "../../packages/api/src/graph/graph-index.ts";
import type { Db } from "@agora/db";
import { GraphSnapshot } from "../../packages/api/src/graph/graph-snapshot.ts";
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
  expect(after.graph.edgeIndexOf("graph-index-1")).toBeGreaterThanOrEqual(0);
});

it("answers from the previous graph while a slow rebuild runs, then from the new one", async () => {
  // A load held back until the test lets it go stands for a million-link rebuild.
  let release = () => {};
  let slow = false;
  const load = async (d: Db) => {
    if (slow) await new Promise<void>((resolve) => (release = resolve));
    return GraphSnapshot.load(d);
  };
  const index = new GraphIndex(db, 50, load);
  const before = await index.current();
  await addLink("graph-index-2");
  slow = true;
  const during = await index.current();
  expect(during).toBe(before);
  expect(during.graph.edgeIndexOf("graph-index-2")).toBe(-1);
  release();
  let latest = during;
  for (let i = 0; i < 100 && latest === before; i++) latest = await index.current();
  expect(latest.graph.edgeIndexOf("graph-index-2")).toBeGreaterThanOrEqual(0);
});
