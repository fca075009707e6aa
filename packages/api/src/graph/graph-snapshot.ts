// The network as one immutable in-memory Graph, built from one read of the database, plus the
// metrics that need the whole graph: communities, started as soon as the graph is built (every
// graph view colours by them), and betweenness, computed on first use; all in slices
// (run-in-slices.ts), so requests are served meanwhile.
import { betweennessSteps, connectedComponents, GraphBuilder, Interner, labelCommunity, louvainSteps, runToEnd, searchSorted, type Components, type Steps, type Graph, type LouvainResult } from "@agora/graph";
import { readGraphData, type Db } from "@agora/db";
import { runInSlices } from "./run-in-slices.ts";
import { similarityWords } from "./similarity-words.ts";

/** Above this many nodes betweenness is estimated from sampled sources, not computed exactly. */
export const EXACT_BETWEENNESS_LIMIT = 5_000;

/**
 * Sources sampled for betweenness: each costs one breadth-first search of the whole graph, so the
 * budget is about 50M adjacency steps (~1-2 s of CPU, in slices): 45 sources at 100k entities
 * and 1M links, more on smaller graphs.
 */
const betweennessSamples = (nodes: number, edges: number) => Math.max(16, Math.min(500, Math.round(5e7 / (nodes + 2 * edges))));

export interface Communities extends LouvainResult {
  labels: string[];
}

export class GraphSnapshot {
  private betweennessScores?: Promise<Float64Array>;
  private communityResult?: Communities;
  private communityRun?: Promise<Communities>;
  private components?: Components;
  private parents?: Map<string, string | null>;

  constructor(
    readonly version: number,
    readonly graph: Graph,
    /**
     * What sentences quote ("as Mayor of Suwon"): the edges that have a capacity, ascending (one
     * link in six), and each one's index into `capacityValues`, rather than a slot per edge.
     */
    private readonly capacityEdges: Int32Array,
    private readonly capacityIds: Int32Array,
    private readonly capacityValues: readonly string[],
    /** How long reading and building took, ms. */
    readonly buildMs: number,
  ) {}

  /**
   * Reads the network from the database straight into a graph: rows are packed as they stream
   * in, so the read never holds a million row objects (see readGraphData).
   */
  static async load(db: Db): Promise<GraphSnapshot> {
    const started = performance.now();
    const builder = new GraphBuilder();
    // A capacity is on one link in six, and repeats ("Mayor"): distinct values once, then an
    // index per edge, rather than a map entry and a string per link.
    const capacities = new Interner();
    const capacityEdges: number[] = [];
    const capacityIds: number[] = [];
    const version = await readGraphData(db, {
      expectEdges: (count) => builder.reserveEdges(count),
      node: (n) =>
        builder.addNode({
          id: n.id,
          kind: n.kind,
          label: n.label,
          attrs: { series: n.series, country: n.country, continent: n.continent, city: n.city, date: n.date, text: similarityWords(n.text) },
        }),
      edge: (row) => {
        const e = builder.addEdge(row);
        if (e < 0 || !row.capacity) return;
        capacityEdges.push(e);
        capacityIds.push(capacities.id(row.capacity));
      },
    });
    const graph = await runInSlices(builder.buildSteps());
    // Here, while the previous graph still answers, not in the first request that looks an edge up.
    graph.indexEdgeIds();
    // Edge indices are handed out in ascending order, so capacityEdges is sorted.
    return new GraphSnapshot(version, graph, Int32Array.from(capacityEdges), Int32Array.from(capacityIds), capacities.values, performance.now() - started);
  }

  /** The title held in edge e, as the source words it, if any. */
  capacity(e: number): string | null {
    const k = searchSorted(this.capacityEdges.length, (j) => this.capacityEdges[j]!, e);
    return k < 0 ? null : this.capacityValues[this.capacityIds[k]!]!;
  }

  /** Betweenness per node index: exact on small graphs, sampled (seeded, so stable) on large ones. */
  betweenness(): Promise<Float64Array> {
    this.betweennessScores ??= runInSlices(
      betweennessSteps(this.graph, {
        normalised: true,
        ...(this.graph.nodeCount > EXACT_BETWEENNESS_LIMIT ? { samples: betweennessSamples(this.graph.nodeCount, this.graph.edgeCount), seed: 1 } : {}),
      }),
    );
    return this.betweennessScores;
  }

  get betweennessIsExact(): boolean {
    return this.graph.nodeCount <= EXACT_BETWEENNESS_LIMIT;
  }

  /**
   * Louvain communities (seed 1), each named by its most central members, computed in slices
   * once per snapshot. GraphIndex starts this as soon as a snapshot is built.
   */
  communitiesReady(): Promise<Communities> {
    this.communityRun ??= runInSlices(this.communitySteps()).then((result) => (this.communityResult ??= result));
    return this.communityRun;
  }

  /** The communities, at once: resolvers call it after awaiting communitiesReady(). */
  communities(): Communities {
    this.communityResult ??= runToEnd(this.communitySteps());
    return this.communityResult;
  }

  private *communitySteps(): Steps<Communities> {
    const result = yield* louvainSteps(this.graph, { seed: 1 });
    const labels: string[] = [];
    for (const c of result.communities) {
      labels.push(labelCommunity(this.graph, c.members));
      yield;
    }
    return { ...result, labels };
  }

  /** Each theme's broader theme, from the BROADER edges. */
  themeParents(): Map<string, string | null> {
    if (!this.parents) {
      const { graph } = this;
      this.parents = new Map();
      for (let e = 0; e < graph.edgeCount; e++) {
        if (graph.edgeTypeName(e) === "BROADER") this.parents.set(graph.id(graph.edgeSource[e]!), graph.id(graph.edgeTarget[e]!));
      }
    }
    return this.parents;
  }

  connectedComponents(): Components {
    this.components ??= connectedComponents(this.graph);
    return this.components;
  }
}
