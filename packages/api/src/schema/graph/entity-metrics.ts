import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { EntityRef } from "../entity.ts";
import { snapshotFor } from "../../graph/graph-index.ts";
import { Community } from "./community.ts";

interface MetricsShape {
  snapshot: GraphSnapshot;
  i: number;
}

const EntityMetrics = builder.objectRef<MetricsShape>("EntityMetrics").implement({
  description: "An entity's place in the network graph.",
  fields: (t) => ({
    degree: t.int({ description: "Edges touching it in the graph (links plus held-in, part-of, based-in... relations).", resolve: (m) => m.snapshot.graph.degree(m.i) }),
    betweenness: t.float({
      description: "Share of shortest paths between other entities that pass through it (normalised to 0–1); estimated from sampled sources on large graphs.",
      resolve: async (m) => (await m.snapshot.betweenness())[m.i]!,
    }),
    community: t.field({
      type: Community,
      description: "The community it belongs to.",
      resolve: async (m) => ({ snapshot: m.snapshot, index: (await m.snapshot.communitiesReady()).communityOf[m.i]! }),
    }),
  }),
});

builder.interfaceField(EntityRef, "metrics", (t) =>
  t.field({
    type: EntityMetrics,
    nullable: true,
    description: "Degree, betweenness and community in the network graph; null if the entity is not in the graph yet.",
    resolve: async (entity, _a, ctx) => {
      const snapshot = await snapshotFor(ctx);
      const i = snapshot.graph.indexOf((entity as { id: string }).id);
      return i < 0 ? null : { snapshot, i };
    },
  }),
);
