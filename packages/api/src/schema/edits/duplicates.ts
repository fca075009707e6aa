import { duplicateCandidates } from "@agora/db";
import { builder } from "../../builder.ts";
import { loadEntity } from "../../graph/loaders.ts";
import { EntityRef } from "../entity.ts";
import { EntityKind } from "../entity-kind.ts";

interface CandidateShape {
  keys: [string, string];
  names: [string, string];
  nameKey: string;
}

const DuplicateCandidate = builder.objectRef<CandidateShape>("DuplicateCandidate").implement({
  description: "Two entities that may be one: their names meet once accents, case, honorifics and name order are set aside.",
  fields: (t) => ({
    first: t.field({ type: EntityRef, nullable: true, description: "One of the two.", resolve: (c, _a, ctx) => loadEntity(ctx, c.keys[0]) as never }),
    second: t.field({ type: EntityRef, nullable: true, description: "The other.", resolve: (c, _a, ctx) => loadEntity(ctx, c.keys[1]) as never }),
    names: t.stringList({ description: "The name of each that met (a label or an alias).", resolve: (c) => c.names }),
    nameKey: t.exposeString("nameKey", { description: "The normalised name they share." }),
  }),
});

builder.queryField("duplicateCandidates", (t) =>
  t.field({
    type: [DuplicateCandidate],
    authScopes: { editor: true },
    description: "Pairs of entities that may be duplicates, for editors to review and merge. Editors only.",
    args: {
      kinds: t.arg({ type: [EntityKind], required: false, description: "Only these kinds." }),
      first: t.arg.int({ defaultValue: 50, description: "At most this many pairs (1 to 500)." }),
    },
    resolve: (_root, args, ctx) => duplicateCandidates(ctx.db, { kinds: args.kinds, first: Math.min(Math.max(args.first ?? 50, 1), 500) }),
  }),
);
