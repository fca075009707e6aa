import { builder } from "../builder.ts";
import { LinkRef, roleEnum } from "./link.ts";
import { EntityRef } from "./entity.ts";
import { Organisation } from "./organisation.ts";

const MembershipRole = roleEnum("MembershipRole", "MEMBERSHIP", "The standing of a member in a network.");

export const Membership = builder.prismaNode("Link", {
  variant: "Membership",
  description: "An organisation's or city's membership of a network, as member, chair, co-chair or vice-chair.",
  interfaces: [LinkRef],
  id: { field: "id" },
  findUnique: (id) => ({ id, type: "MEMBERSHIP" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    role: t.field({ type: MembershipRole, description: "The member's standing in the network.", resolve: (l) => l.role as never }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Membership, (t) => ({
    member: t.relation("source", { type: EntityRef, description: "The member: an Organisation or a City." }),
    network: t.relation("target", { type: Organisation, description: "The network." }),
}));
