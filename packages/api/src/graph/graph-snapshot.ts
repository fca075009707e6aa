// The network as one immutable in-memory Graph, built from one read of the database, plus the
// metrics that need the whole graph (betweenness, communities), computed on first use.
import { betweenness, connectedComponents, GraphBuilder, labelCommunity, louvain, type Components, type Graph, type LouvainResult } from "@agora/graph";
import { readGraphData, type Db } from "@agora/db";
import { similarityWords } from "./similarity-words.ts";

/** Above this many nodes betweenness is estimated from sampled sources, not computed exactly. */
export const EXACT_BETWEENNESS_LIMIT = 5_000;

/**
 * Sources sampled for betweenness: each costs one breadth-first search of the whole graph, and
 * the computation holds the event loop, so the budget is about 50M adjacency steps (~1-2 s):
 * 45 sources at 100k entities and 1M links, more on smaller graphs.
 */
const betweennessSamples = (nodes: number, edges: number) => Math.max(16, Math.min(500, Math.round(5e7 / (nodes + 2 * edges))));

export interface Communities extends LouvainResult {
  labels: string[];
}

export class GraphSnapshot {
  private betweennessScores?: Float64Array;
  private communityResult?: Communities;
  private components?: Components;
  private parents?: Map<string, string | null>;

  constructor(
    readonly version: number,
    readonly graph: Graph,
    /** Capacity of the edges that have one, by edge index: what sentences quote ("as Mayor of Suwon"). */
    private readonly capacities: ReadonlyMap<number, string>,
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
    const capacities = new Map<number, string>();
    const version = await readGraphData(db, {
      node: (n) =>
        builder.addNode({
          id: n.id,
          kind: n.kind,
          label: n.label,
          attrs: { series: n.series, country: n.country, continent: n.continent, city: n.city, date: n.date, text: similarityWords(n.text) },
        }),
      edge: (row) => {
        const e = builder.addEdge(row);
        if (e >= 0 && row.capacity) capacities.set(e, row.capacity);
      },
    });
    const graph = builder.build();
    return new GraphSnapshot(version, graph, capacities, performance.now() - started);
  }

  /** The title held in edge e, as the source words it, if any. */
  capacity(e: number): string | null {
    return this.capacities.get(e) ?? null;
  }

  /** Betweenness per node index: exact on small graphs, sampled (seeded, so stable) on large ones. */
  betweenness(): Float64Array {
    this.betweennessScores ??= betweenness(this.graph, {
      normalised: true,
      ...(this.graph.nodeCount > EXACT_BETWEENNESS_LIMIT
        ? { samples: betweennessSamples(this.graph.nodeCount, this.graph.edgeCount), seed: 1 }
        : {}),
    });
    return this.betweennessScores;
  }

  get betweennessIsExact(): boolean {
    return this.graph.nodeCount <= EXACT_BETWEENNESS_LIMIT;
  }

  communities(): Communities {
    if (!this.communityResult) {
      const result = louvain(this.graph, { seed: 1 });
      this.communityResult = { ...result, labels: result.communities.map((c) => labelCommunity(this.graph, c.members)) };
    }
    return this.communityResult;
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
