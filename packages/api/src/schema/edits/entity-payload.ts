import { builder } from "../../builder.ts";
import { EntityRef, LIVE } from "../entity.ts";
import { UserError, type UserErrorShape } from "./user-error.ts";

export interface EntityPayloadShape {
  key: string | null;
  revisionId: string | null;
  userErrors: UserErrorShape[];
}

export const EntityPayload = builder.objectRef<EntityPayloadShape>("EntityPayload").implement({
  description: "The outcome of an entity edit: the entity as it now is, or what was wrong with the input.",
  fields: (t) => ({
    // Loaded with the query Pothos plans for the requested fields (select mode): a row from the
    // graph loaders would be loaded again for them.
    entity: t.prismaField({
      type: EntityRef,
      nullable: true,
      description: "The entity after the edit (null when it failed, or after a delete).",
      resolve: (query, p, _a, ctx) => (p.key ? ctx.db.prisma.entity.findFirst({ ...query, where: { id: p.key, ...LIVE } }) : null),
    }),
    revisionId: t.string({ nullable: true, description: "The id of the revision that records the edit.", resolve: (p) => p.revisionId }),
    userErrors: t.field({ type: [UserError], description: "Everything wrong with the input; empty on success.", resolve: (p) => p.userErrors }),
  }),
});
