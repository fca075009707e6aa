// A large graph is written piece by piece: no chunk grows with the graph, and regrouping the
// chunks for I/O changes nothing in the text.
import { describe, expect, it } from "vitest";
import { batchChunks, collect, collectAsync, edgesCsv, type ExportGraph, gexf, graphJsonLdChunks, graphml } from "@agora/export";

const NODES = 20_000;
const EDGES = 100_000;

const large: ExportGraph = {
  meta: { title: "Large", source: "https://agora.example", generatedAt: "2026-01-01T00:00:00Z" },
  nodes: Array.from({ length: NODES }, (_, i) => ({
    id: `n${i}`,
    kind: i % 2 ? ("PERSON" as const) : ("SESSION" as const),
    label: `Node ${i}`,
    start: i % 2 ? null : "2019-05",
  })),
  edges: Array.from({ length: EDGES }, (_, i) => ({
    id: `e${i}`,
    source: `n${(i * 2 + 1) % NODES}`,
    target: `n${(i * 7) % NODES & ~1}`,
    type: "PARTICIPATION" as const,
    role: "participant",
    asOf: "2019",
  })),
};

describe("streaming", () => {
  for (const [name, chunks] of [
    ["GEXF", () => gexf(large)],
    ["GraphML", () => graphml(large)],
    ["CSV", () => edgesCsv(large)],
    ["JSON-LD", () => graphJsonLdChunks(large)],
  ] as const) {
    it(`writes ${name} in chunks of bounded size`, () => {
      let count = 0;
      let longest = 0;
      for (const chunk of chunks()) {
        count += 1;
        // Only the declarations and the embedded JSON-LD context are more than one item long.
        longest = Math.max(longest, chunk.length);
      }
      expect(count).toBeGreaterThan(EDGES);
      expect(longest).toBeLessThan(4_096);
    });
  }

  it("regroups chunks for I/O without changing the text", async () => {
    const whole = collect(gexf(large));
    const batches = [...batchChunks(gexf(large), 64 * 1024)];
    expect(batches.join("")).toBe(whole);
    expect(batches.length).toBeLessThan(whole.length / (64 * 1024) + 2);
    expect(await collectAsync(gexf(large))).toBe(whole);
  });
});
