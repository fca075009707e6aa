import { builder } from "../builder.ts";
import { LinkRef } from "./link.ts";
import { EntityRef } from "./entity.ts";

export const Mention = builder.prismaNode("Link", {
  variant: "Mention",
  description: "An entity a session names without a stronger relation (a future venue, a historical figure...).",
  interfaces: [LinkRef],
  id: { field: "id" },
  findUnique: (id) => ({ id, type: "MENTION" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Mention, (t) => ({
    subject: t.relation("source", { type: EntityRef, description: "The session that names the entity." }),
    entity: t.relation("target", { type: EntityRef, description: "The entity named." }),
}));
