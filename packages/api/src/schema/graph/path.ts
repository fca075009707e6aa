import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntities, loadEntity } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";
import { EdgeView, edgeSentence, GraphEdge } from "./graph-edge.ts";

export interface PathShape {
  snapshot: GraphSnapshot;
  nodes: string[];
  edges: number[];
}

interface StepShape {
  snapshot: GraphSnapshot;
  from: string;
  to: string;
  e: number;
}

const PathStep = builder.objectRef<StepShape>("PathStep").implement({
  description: "One hop of a path: from one entity to the next, and the edge that joins them.",
  fields: (t) => ({
    from: t.field({ type: EntityRef, description: "Where the hop starts.", resolve: (s, _a, ctx, info) => loadEntity(ctx, s.from, info) as never }),
    to: t.field({ type: EntityRef, description: "Where the hop ends.", resolve: (s, _a, ctx, info) => loadEntity(ctx, s.to, info) as never }),
    edge: t.field({ type: GraphEdge, description: "The edge between them (it may point either way).", resolve: (s) => new EdgeView(s.snapshot, s.e) }),
    sentence: t.string({ description: "The edge in words, in its own direction.", resolve: (s) => edgeSentence(s) }),
  }),
});

const steps = (p: PathShape): StepShape[] =>
  p.edges.map((e, i) => ({ snapshot: p.snapshot, from: p.nodes[i]!, to: p.nodes[i + 1]!, e }));

export const Path = builder.objectRef<PathShape>("Path").implement({
  description: "A chain of edges from one entity to another.",
  fields: (t) => ({
    length: t.int({ description: "The number of hops.", resolve: (p) => p.edges.length }),
    nodes: t.field({ type: [EntityRef], description: "The entities along the path, from start to end.", resolve: (p, _a, ctx, info) => loadEntities(ctx, p.nodes, info) as never }),
    steps: t.field({ type: [PathStep], description: "The hops, in order.", resolve: steps }),
    sentence: t.string({
      description: "The whole chain in words, one clause per hop, e.g. \"Laurence Kwark moderated …; … was held in Colombo\".",
      resolve: (p) => steps(p).map(edgeSentence).join("; "),
    }),
  }),
});
