// Louvain and betweenness also run as step generators, so a server can compute them between
// requests: the slices must add up to exactly the one-go result.
import { describe, expect, it } from "vitest";
import { betweenness, betweennessSteps, Graph, louvain, louvainSteps } from "@agora/graph";
import { syntheticNetwork } from "@agora/graph/synthetic";

const input = syntheticNetwork({ nodes: 5_000, edges: 20_000, seed: 5 });
const graph = Graph.build(input.nodes, input.edges);

function drain<T>(steps: Generator<void, T, void>): { result: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, pauses };
    pauses++;
  }
}

describe("stepped metrics", () => {
  it("louvainSteps pauses many times and ends with louvain's communities", () => {
    const { result, pauses } = drain(louvainSteps(graph, { seed: 2 }));
    const once = louvain(graph, { seed: 2 });
    // 5,000 nodes visited in several sweeps, a pause every 4,096 visits.
    expect(pauses).toBeGreaterThan(5);
    expect(result.modularity).toBe(once.modularity);
    expect([...result.communityOf]).toEqual([...once.communityOf]);
    expect(result.communities).toEqual(once.communities);
  });

  it("betweennessSteps pauses after each source and ends with betweenness' scores", () => {
    const { result, pauses } = drain(betweennessSteps(graph, { samples: 40, seed: 3, normalised: true }));
    expect(pauses).toBe(40);
    expect([...result]).toEqual([...betweenness(graph, { samples: 40, seed: 3, normalised: true })]);
  });
});
