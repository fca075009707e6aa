import { builder } from "../../builder.ts";
import type { GraphSnapshot } from "../../graph/graph-snapshot.ts";
import { loadEntities } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";

export interface CommunityShape {
  snapshot: GraphSnapshot;
  index: number;
}

export const Community = builder.objectRef<CommunityShape>("Community").implement({
  description: "A community of the network (Louvain): entities more tied to each other than to the rest.",
  fields: (t) => ({
    // Not `id`: clients and caches take an `id` field for a stable identity, which a community's
    // number in one version of the graph is not.
    rank: t.int({ description: "Its position by size in this version of the graph; 0 is the largest.", resolve: (c) => c.index }),
    label: t.string({
      description: "A readable name: its most central members, e.g. \"GSEF, Seoul, Capacity building\".",
      resolve: (c) => c.snapshot.communities().labels[c.index]!,
    }),
    size: t.int({ description: "The number of members.", resolve: (c) => c.snapshot.communities().communities[c.index]!.members.length }),
    members: t.field({
      type: [EntityRef],
      args: { first: t.arg.int({ defaultValue: 20, description: "How many members, most connected first (at most 100)." }) },
      description: "Its members, most connected first.",
      resolve: (c, args, ctx, info) => {
        const { graph } = c.snapshot;
        const members = c.snapshot.communities().communities[c.index]!.members;
        const top = [...members]
          .sort((a, b) => graph.degree(graph.require(b)) - graph.degree(graph.require(a)) || (a < b ? -1 : 1))
          .slice(0, Math.min(Math.max(args.first ?? 20, 0), 100));
        return loadEntities(ctx, top, info) as never;
      },
    }),
  }),
});
