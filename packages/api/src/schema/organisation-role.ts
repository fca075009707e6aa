import { builder } from "../builder.ts";
import { LinkRef, roleEnum } from "./link.ts";
import { Organisation } from "./organisation.ts";
import { Session } from "./session.ts";

const OrganisationRoleKind = roleEnum("OrganisationRoleKind", "ORGANISATION_ROLE", "What an organisation did for a session.");

export const OrganisationRole = builder.prismaNode("Link", {
  variant: "OrganisationRole",
  description: "An organisation's part in a session: organiser, co-organiser, partner, host, funder...",
  interfaces: [LinkRef],
  id: { field: "id" },
  findUnique: (id) => ({ id, type: "ORGANISATION_ROLE" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    role: t.field({ type: OrganisationRoleKind, description: "What the organisation did for the session.", resolve: (l) => l.role as never }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(OrganisationRole, (t) => ({
    organisation: t.relation("source", { type: Organisation, description: "The organisation." }),
    session: t.relation("target", { type: Session, description: "The session." }),
}));
