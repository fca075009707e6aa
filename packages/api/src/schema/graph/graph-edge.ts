import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntity, loadLink } from "../../graph/loaders.ts";
import { linkSentence } from "../../graph/link-sentence.ts";
import { EntityRef } from "../entity.ts";
import { LinkRef } from "../link.ts";
import { GraphEdgeType, LINK_TABLE_TYPES, type GraphEdgeTypeName } from "./graph-edge-type.ts";

/**
 * An edge of a graph snapshot, by index, whose fields are getters read from the graph.
 *
 * Exposed fields have no resolver, and graphql-jit reads such a field as a plain property. A
 * field with a resolver gets a resolve-info object, a path and an arguments object built for
 * every call: at ~2 KB per edge, they were half of what a 2-hop neighbourhood allocated (27 MB
 * for 5,670 edges, measured), and the collections that cost.
 */
export class EdgeView {
  constructor(
    readonly snapshot: GraphSnapshot,
    readonly e: number,
  ) {}

  get key(): string {
    return this.snapshot.graph.edgeId(this.e);
  }
  get type(): GraphEdgeTypeName {
    return this.snapshot.graph.edgeTypeName(this.e) as GraphEdgeTypeName;
  }
  get roleName(): string {
    return this.snapshot.graph.edgeRoleName(this.e);
  }
  get capacity(): string | null {
    return this.snapshot.capacity(this.e);
  }
  get startDate(): string | null {
    return this.snapshot.graph.edgeStartDate(this.e);
  }
  get endDate(): string | null {
    return this.snapshot.graph.edgeEndDate(this.e);
  }
  get asOf(): string | null {
    return this.snapshot.graph.edgeAsOfDate(this.e);
  }
  get fromKey(): string {
    return this.snapshot.graph.id(this.snapshot.graph.edgeSource[this.e]!);
  }
  get toKey(): string {
    return this.snapshot.graph.id(this.snapshot.graph.edgeTarget[this.e]!);
  }
  get sentence(): string {
    return edgeSentence(this);
  }
}

export const edgeSentence = ({ snapshot, e }: { snapshot: GraphSnapshot; e: number }) => {
  const { graph } = snapshot;
  return linkSentence(
    { type: graph.edgeTypeName(e), role: graph.edgeRoleName(e), capacity: snapshot.capacity(e) },
    graph.label(graph.edgeSource[e]!),
    graph.label(graph.edgeTarget[e]!),
  );
};

export const GraphEdge = builder.objectRef<EdgeView>("GraphEdge").implement({
  description: "An edge of the network graph: a Link, or a relation an entity holds itself (held in, part of, based in...).",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The edge's id: the Link's id, or e.g. `held-in:<session key>` for a structural edge." }),
    type: t.expose("type", { type: GraphEdgeType, description: "What kind of edge this is." }),
    roleName: t.exposeString("roleName", { description: "The role in words, e.g. `moderator`, `co-organiser`, `held-in`." }),
    capacity: t.exposeString("capacity", { nullable: true, description: "The title held in this link, as the source words it." }),
    startDate: t.expose("startDate", { type: "Date", nullable: true, description: "When the edge began." }),
    endDate: t.expose("endDate", { type: "Date", nullable: true, description: "When the edge ended." }),
    asOf: t.expose("asOf", { type: "Date", nullable: true, description: "When the source says the edge held." }),
    fromKey: t.exposeString("fromKey", { description: "Key of the entity the edge starts from." }),
    toKey: t.exposeString("toKey", { description: "Key of the entity the edge points to." }),
    from: t.field({
      type: EntityRef,
      description: "The entity the edge starts from.",
      resolve: (edge, _a, ctx, info) => loadEntity(ctx, edge.fromKey, info) as never,
    }),
    to: t.field({
      type: EntityRef,
      description: "The entity the edge points to.",
      resolve: (edge, _a, ctx, info) => loadEntity(ctx, edge.toKey, info) as never,
    }),
    link: t.field({
      type: LinkRef,
      nullable: true,
      description: "The Link behind the edge, with its sources; null for structural edges.",
      resolve: (edge, _a, ctx) => (LINK_TABLE_TYPES.has(edge.type) ? loadLink(ctx, edge.key) : null) as never,
    }),
    sentence: t.exposeString("sentence", {
      description: "The edge in words, e.g. \"Laurence Kwark moderated Economic Development for Inclusive Cities\".",
    }),
  }),
});
