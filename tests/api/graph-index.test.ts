// The in-memory graph follows writes: at once when the rebuild is quick, and from the previous
// graph meanwhile when it is not.
import { afterAll, beforeAll, expect, it } from "vitest";
import { GraphIndex } from "../../packages/api/src/graph/graph-index.ts";
import type { Db } from "@agora/db";
import { Graph, louvain } from "@agora/graph";
import { syntheticNetwork } from "@agora/graph/synthetic";
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

it("computes communities in slices, letting other work run before they are done", async () => {
  const input = syntheticNetwork({ nodes: 20_000, edges: 100_000, seed: 3 });
  const snapshot = new GraphSnapshot(1, Graph.build(input.nodes, input.edges), new Int32Array(0), new Int32Array(0), [], 0);
  let done = false;
  let ranMeanwhile = 0;
  const tick = () => {
    if (done) return;
    ranMeanwhile++;
    setImmediate(tick);
  };
  setImmediate(tick);
  await snapshot.communitiesReady();
  done = true;
  expect(ranMeanwhile).toBeGreaterThan(1);
  // The sliced result is the one computed in one go.
  expect(snapshot.communities().modularity).toBe(louvain(snapshot.graph, { seed: 1 }).modularity);
});

it("answers from a first graph before its communities, and swaps in a rebuilt one only with them", async () => {
  // Snapshots whose communities are held back until the test lets them go.
  const held: (() => void)[] = [];
  const load = async (d: Db) => {
    const snapshot = await GraphSnapshot.load(d);
    const ready = snapshot.communitiesReady.bind(snapshot);
    const gate = new Promise<void>((resolve) => held.push(resolve));
    snapshot.communitiesReady = () => gate.then(ready);
    return snapshot;
  };
  const index = new GraphIndex(db, 50, load);
  const first = await index.current(); // resolves although its communities are held
  expect(held).toHaveLength(1);
  held[0]!();
  await addLink("graph-index-3");
  const during = await index.current();
  expect(during).toBe(first);
  await new Promise((r) => setTimeout(r, 100));
  expect(await index.current()).toBe(first); // built, but its communities are still held
  held[1]!();
  let latest = first;
  for (let i = 0; i < 100 && latest === first; i++) latest = await index.current();
  expect(latest.graph.edgeIndexOf("graph-index-3")).toBeGreaterThanOrEqual(0);
});
