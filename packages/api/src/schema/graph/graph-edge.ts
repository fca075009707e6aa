import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntity, loadLink } from "../../graph/loaders.ts";
import { linkSentence } from "../../graph/link-sentence.ts";
import { EntityRef } from "../entity.ts";
import { LinkRef } from "../link.ts";
import { GraphEdgeType, LINK_TABLE_TYPES } from "./graph-edge-type.ts";

/** An edge of a graph snapshot, by index. */
export interface EdgeShape {
  snapshot: GraphSnapshot;
  e: number;
}

export const edgeSentence = ({ snapshot, e }: EdgeShape) => {
  const { graph } = snapshot;
  return linkSentence(
    { type: graph.edgeTypeName(e), role: graph.edgeRoleName(e), capacity: snapshot.capacity(e) },
    graph.label(graph.edgeSource[e]!),
    graph.label(graph.edgeTarget[e]!),
  );
};

export const GraphEdge = builder.objectRef<EdgeShape>("GraphEdge").implement({
  description: "An edge of the network graph: a Link, or a relation an entity holds itself (held in, part of, based in...).",
  fields: (t) => ({
    key: t.string({ description: "The edge's id: the Link's id, or e.g. `held-in:<session key>` for a structural edge.", resolve: ({ snapshot, e }) => snapshot.graph.edgeId(e) }),
    type: t.field({ type: GraphEdgeType, description: "What kind of edge this is.", resolve: ({ snapshot, e }) => snapshot.graph.edgeTypeName(e) as never }),
    roleName: t.string({ description: "The role in words, e.g. `moderator`, `co-organiser`, `held-in`.", resolve: ({ snapshot, e }) => snapshot.graph.edgeRoleName(e) }),
    capacity: t.string({ nullable: true, description: "The title held in this link, as the source words it.", resolve: ({ snapshot, e }) => snapshot.capacity(e) }),
    startDate: t.field({ type: "Date", nullable: true, description: "When the edge began.", resolve: ({ snapshot, e }) => snapshot.graph.edgeStartDate(e) }),
    endDate: t.field({ type: "Date", nullable: true, description: "When the edge ended.", resolve: ({ snapshot, e }) => snapshot.graph.edgeEndDate(e) }),
    asOf: t.field({ type: "Date", nullable: true, description: "When the source says the edge held.", resolve: ({ snapshot, e }) => snapshot.graph.edgeAsOfDate(e) }),
    fromKey: t.string({ description: "Key of the entity the edge starts from.", resolve: ({ snapshot, e }) => snapshot.graph.id(snapshot.graph.edgeSource[e]!) }),
    toKey: t.string({ description: "Key of the entity the edge points to.", resolve: ({ snapshot, e }) => snapshot.graph.id(snapshot.graph.edgeTarget[e]!) }),
    from: t.field({
      type: EntityRef,
      description: "The entity the edge starts from.",
      resolve: ({ snapshot, e }, _a, ctx) => loadEntity(ctx, snapshot.graph.id(snapshot.graph.edgeSource[e]!)) as never,
    }),
    to: t.field({
      type: EntityRef,
      description: "The entity the edge points to.",
      resolve: ({ snapshot, e }, _a, ctx) => loadEntity(ctx, snapshot.graph.id(snapshot.graph.edgeTarget[e]!)) as never,
    }),
    link: t.field({
      type: LinkRef,
      nullable: true,
      description: "The Link behind the edge, with its sources; null for structural edges.",
      resolve: ({ snapshot, e }, _a, ctx) =>
        (LINK_TABLE_TYPES.has(snapshot.graph.edgeTypeName(e)) ? loadLink(ctx, snapshot.graph.edgeId(e)) : null) as never,
    }),
    sentence: t.string({
      description: "The edge in words, e.g. \"Laurence Kwark moderated Economic Development for Inclusive Cities\".",
      resolve: (edge) => edgeSentence(edge),
    }),
  }),
});
