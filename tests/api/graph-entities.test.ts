// Entities named by graph answers come from the in-memory graph when the query asks nothing more
// of them than the graph holds (key, kind, label), with no statement, and from the database
// otherwise, or when the graph may be behind a write.
import { createApp } from "@agora/api";
import type { Db } from "@agora/db";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GraphIndex } from "../../packages/api/src/graph/graph-index.ts";
import { GraphSnapshot } from "../../packages/api/src/graph/graph-snapshot.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { copyOfBaseDb } from "../setup/test-db.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.data(`{ neighbourhood(id: "kampala") { nodeCount } }`); // the graph is built
});
afterAll(() => t.close());

async function counted(query: string) {
  const before = t.db.statements.length;
  const data = await t.data(query);
  return { data, statements: t.db.statements.length - before };
}

const GRAPH_ONLY = `id key kind label url __typename`;

it("answers key, kind and label of related cases, path nodes and subgraph nodes from the graph", async () => {
  const queries = [
    (fields: string) => `{ relatedCases(id: "east-africa-training-uganda-2019", first: 5) { score entity { ${fields} } } }`,
    (fields: string) => `{ path(from: "kampala", to: "gsef") { nodes { ${fields} } steps { from { ${fields} } to { ${fields} } } } }`,
    (fields: string) => `{ neighbourhood(id: "kampala") { nodes { ${fields} } edges { from { ${fields} } } } }`,
  ];
  for (const query of queries) {
    const fromGraph = await counted(query(GRAPH_ONLY));
    // The data version, read once per request to check the graph is current: nothing else.
    expect(fromGraph.statements, query("")).toBe(1);
    const fromDb = await counted(query(`${GRAPH_ONLY} description`));
    expect(fromDb.statements, query("")).toBeGreaterThan(1);
    // The same entities, the same values: the graph's copy agrees with the database.
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (k, v) => (k === "description" ? undefined : v)));
    expect(fromGraph.data).toEqual(strip(fromDb.data));
    expect(JSON.stringify(fromGraph.data)).toMatch(/"key":"[a-z]/);
  }
});

it("reads fragments, and loads the entity when a fragment asks for more", async () => {
  const graphOnly = await counted(`{ relatedCases(id: "kampala", first: 3) { entity { ...Named ... on City { key } } } } fragment Named on Entity { key label }`);
  expect(graphOnly.statements).toBe(1);
  const more = await counted(`{ relatedCases(id: "kampala", first: 3) { entity { ...Named ... on City { name } } } } fragment Named on Entity { key label }`);
  expect(more.statements).toBeGreaterThan(1);
  expect(more.data.relatedCases.map((c: any) => c.entity.key)).toEqual(graphOnly.data.relatedCases.map((c: any) => c.entity.key));
  expect(more.data.relatedCases.every((c: any) => typeof c.entity.name === "string")).toBe(true);
  // A directive may leave a field out or in: the entity is loaded.
  const skipped = await counted(`{ relatedCases(id: "kampala", first: 3) { entity { key label @skip(if: true) } } }`);
  expect(skipped.statements).toBeGreaterThan(1);
});

it("loads entities from the database while the graph answering is behind a write", async () => {
  const db = await copyOfBaseDb();
  try {
    // A rebuild held back until the test lets it go stands for a million-link graph.
    let release = () => {};
    let slow = false;
    const load = async (d: Db) => {
      if (slow) await new Promise<void>((resolve) => (release = resolve));
      return GraphSnapshot.load(d);
    };
    const graphIndex = new GraphIndex(db, 50, load);
    const app = createApp({ db, webDist: null, graphIndex, cacheTtlSeconds: 0, log: () => {} });
    const ask = async () => {
      const response = await app.fetch("http://agora.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ path(from: "kampala", to: "uganda") { nodes { key label } } }` }),
      });
      return ((await response.json()) as any).data.path[0].nodes.map((n: any) => n.label);
    };
    expect(await ask()).toEqual(["Kampala", "Uganda"]);
    slow = true;
    await db.prisma.entity.update({ where: { id: "kampala" }, data: { label: "Kampala (renamed)" } });
    // The previous graph still finds the path, and the entities on it are read afresh.
    expect(await ask()).toEqual(["Kampala (renamed)", "Uganda"]);
    release();
    // The rebuild reads the database: it must be done before the database is dropped.
    const before = await graphIndex.current();
    let latest = before;
    for (let i = 0; i < 100 && latest === before; i++) latest = await graphIndex.current();
    expect(latest.graph.label(latest.graph.indexOf("kampala"))).toBe("Kampala (renamed)");
  } finally {
    await db.close();
  }
});
