// The graph queries: neighbourhoods, paths, related cases, network measures and timelines, all
// answered from the in-memory graph (see graph/graph-index.ts).
import { GraphQLError } from "graphql";
import { checkInteger, filteredSubgraph, GraphInputError, MAX_DEPTH, MAX_PATH_LENGTH, MAX_RELATED_CASES, neighbourhoodIndices, relatedCases, shortestPaths } from "@agora/graph";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { requireNodeIndex } from "../../graph/resolve-key.ts";
import { snapshotFor } from "../../graph/graph-index.ts";
import { EntityKind } from "../entity-kind.ts";
import { GraphEdgeType } from "./graph-edge-type.ts";
import { Subgraph } from "./subgraph.ts";
import { Path } from "./path.ts";
import { RelatedCase } from "./related-case.ts";
import { NetworkStats } from "./network-stats.ts";
import { TimelineEvent, timelineOf } from "./timeline-event.ts";

export const MAX_SUBGRAPH_NODES = 2000;

/**
 * Bad arguments become a 400-class GraphQL error naming the problem, never a masked 500.
 * `checkArguments` runs first, so a request refused for its arguments costs no SQL (reading the
 * graph's data version is a statement).
 */
async function onGraph<T>(ctx: Context, run: (snapshot: GraphSnapshot) => T, checkArguments: () => void = () => {}): Promise<T> {
  try {
    checkArguments();
    const snapshot = await snapshotFor(ctx);
    return run(snapshot);
  } catch (error) {
    if (error instanceof GraphInputError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code === "UNKNOWN_NODE" ? "NOT_FOUND" : "BAD_USER_INPUT" } });
    }
    throw error;
  }
}

/** The key of the entity `idOrKey` names, for the algorithms that take keys. */
const requireNode = (snapshot: GraphSnapshot, idOrKey: string, argument: string): string => snapshot.graph.id(requireNodeIndex(snapshot.graph, idOrKey, argument));

const edgeIndices = (snapshot: GraphSnapshot, ids: readonly string[]) => ids.map((id) => snapshot.graph.edgeIndexOf(id));

builder.queryField("neighbourhood", (t) =>
  t.field({
    type: Subgraph,
    description: "The network around an entity: everything within `depth` hops, with the edges between them.",
    args: {
      id: t.arg.id({ required: true, description: "The entity at the centre: its key (e.g. `kampala`) or global ID." }),
      depth: t.arg.int({ defaultValue: 1, description: "Hops from the centre, 1 to 3." }),
      kinds: t.arg({ type: [EntityKind], required: false, description: "Only entities of these kinds are included or crossed (the centre always is)." }),
      linkTypes: t.arg({ type: [GraphEdgeType], required: false, description: "Only edges of these types are followed." }),
      from: t.arg({ type: "Date", required: false, description: "Only edges whose period overlaps [from, to]; undated edges always count." }),
      to: t.arg({ type: "Date", required: false, description: "See `from`." }),
      entitiesInPeriod: t.arg.boolean({
        defaultValue: false,
        description: "Also leave out sessions and resources dated outside [from, to] (undated links, such as most participations, pass the period otherwise).",
      }),
      limit: t.arg.int({ defaultValue: 200, description: `At most this many entities, nearest first (1 to ${MAX_SUBGRAPH_NODES}).` }),
    },
    resolve: (_root, args, ctx) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      return onGraph(
        ctx,
        (snapshot) => {
          const result = neighbourhoodIndices(snapshot.graph, requireNodeIndex(snapshot.graph, String(args.id), "id"), {
            depth,
            kinds: args.kinds,
            linkTypes: args.linkTypes,
            from: args.from,
            to: args.to,
            entitiesInPeriod: args.entitiesInPeriod,
            limit,
          });
          return { snapshot, nodes: result.nodes, depths: result.depths, edges: result.edges, truncated: result.truncated };
        },
        () => {
          checkInteger("depth", depth, 1, MAX_DEPTH);
          checkInteger("limit", limit, 1, MAX_SUBGRAPH_NODES);
        },
      );
    },
  }),
);

builder.queryField("graph", (t) =>
  t.field({
    type: Subgraph,
    description:
      "The whole network, or the part the filters keep: entities of the given kinds and the edges between them of the given types and period. Beyond `limit`, the most connected entities are kept.",
    args: {
      kinds: t.arg({ type: [EntityKind], required: false, description: "Only entities of these kinds." }),
      linkTypes: t.arg({ type: [GraphEdgeType], required: false, description: "Only edges of these types." }),
      from: t.arg({ type: "Date", required: false, description: "Only edges whose period overlaps [from, to]; undated edges always count." }),
      to: t.arg({ type: "Date", required: false, description: "See `from`." }),
      entitiesInPeriod: t.arg.boolean({
        defaultValue: false,
        description: "Also leave out sessions and resources dated outside [from, to] (undated links, such as most participations, pass the period otherwise).",
      }),
      limit: t.arg.int({ defaultValue: 500, description: `At most this many entities, most connected first (1 to ${MAX_SUBGRAPH_NODES}).` }),
    },
    resolve: (_root, args, ctx) => {
      const limit = args.limit ?? 500;
      return onGraph(
        ctx,
        (snapshot) => {
          const { graph } = snapshot;
          const found = filteredSubgraph(graph, args);
          const kept = [...found.nodes].sort((a, b) => graph.degree(b) - graph.degree(a) || (graph.id(a) < graph.id(b) ? -1 : 1)).slice(0, limit);
          const inside = new Set(kept);
          return {
            snapshot,
            nodes: kept,
            depths: null,
            edges: found.edges.filter((e) => inside.has(graph.edgeSource[e]!) && inside.has(graph.edgeTarget[e]!)),
            truncated: kept.length < found.nodes.length,
          };
        },
        () => checkInteger("limit", limit, 1, MAX_SUBGRAPH_NODES),
      );
    },
  }),
);

builder.queryField("path", (t) =>
  t.field({
    type: [Path],
    description: "The shortest paths between two entities, each hop in words; empty when none exists within `maxLength`.",
    args: {
      from: t.arg.id({ required: true, description: "Where the path starts: a key or global ID." }),
      to: t.arg.id({ required: true, description: "Where the path ends: a key or global ID." }),
      maxLength: t.arg.int({ defaultValue: 6, description: "Longest path searched, in hops (1 to 12)." }),
      via: t.arg({ type: [EntityKind], required: false, description: "Only these kinds in between (the two ends are always allowed)." }),
      linkTypes: t.arg({ type: [GraphEdgeType], required: false, description: "Only edges of these types." }),
      first: t.arg.int({ defaultValue: 5, description: "At most this many paths when several are equally short (1 to 100)." }),
    },
    resolve: (_root, args, ctx) => {
      const maxLength = args.maxLength ?? 6;
      const first = args.first ?? 5;
      return onGraph(
        ctx,
        (snapshot) => {
          const paths = shortestPaths(
            snapshot.graph,
            requireNode(snapshot, String(args.from), "from"),
            requireNode(snapshot, String(args.to), "to"),
            { maxLength, via: args.via, linkTypes: args.linkTypes, maxPaths: first },
          );
          return paths.map((p) => ({ snapshot, nodes: p.nodes, edges: edgeIndices(snapshot, p.edges) }));
        },
        () => {
          checkInteger("maxLength", maxLength, 1, MAX_PATH_LENGTH);
          checkInteger("first", first, 1, 100);
        },
      );
    },
  }),
);

builder.queryField("relatedCases", (t) =>
  t.field({
    type: [RelatedCase],
    description:
      "The entities of the same kind most like this one (a session, city, organisation or person), best first, each with the reasons why.",
    args: {
      id: t.arg.id({ required: true, description: "The entity to compare with: a key or global ID." }),
      first: t.arg.int({ defaultValue: 10, description: "How many (1 to 100)." }),
    },
    resolve: (_root, args, ctx) => {
      const first = args.first ?? 10;
      return onGraph(
        ctx,
        (snapshot) => relatedCases(snapshot.graph, requireNode(snapshot, String(args.id), "id"), { first }).map((related) => ({ snapshot, related })),
        () => checkInteger("first", first, 1, MAX_RELATED_CASES),
      );
    },
  }),
);

builder.queryField("networkStats", (t) =>
  t.field({
    type: NetworkStats,
    description: "Measures of the whole network: size, most central entities, communities, bridges between continents.",
    resolve: (_root, _args, ctx) => snapshotFor(ctx),
  }),
);

builder.queryField("timeline", (t) =>
  t.field({
    type: [TimelineEvent],
    description: "The dated events an entity took part in (sessions, positions, memberships, resources), earliest first.",
    args: { id: t.arg.id({ required: true, description: "The entity: a key or global ID." }) },
    resolve: (_root, args, ctx) =>
      onGraph(ctx, (snapshot) => timelineOf(snapshot, requireNodeIndex(snapshot.graph, String(args.id), "id"))),
  }),
);
