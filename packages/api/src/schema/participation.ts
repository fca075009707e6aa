import { builder } from "../builder.ts";
import { LinkRef, roleEnum } from "./link.ts";
import { Person } from "./person.ts";
import { Session } from "./session.ts";

const ParticipationRole = roleEnum("ParticipationRole", "PARTICIPATION", "How a person took part in a session.");

export const Participation = builder.prismaNode("Link", {
  variant: "Participation",
  description: "A person's part in a session: role, and the capacity they held then.",
  interfaces: [LinkRef],
  // Select mode: only the columns the requested fields name. `deletedAt` is read by node(id:) (builder.ts).
  select: { id: true, type: true, deletedAt: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, type: "PARTICIPATION" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    role: t.field({ select: { role: true }, type: ParticipationRole, description: "How the person took part.", resolve: (l) => l.role as never }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Participation, (t) => ({
    person: t.relation("source", { type: Person, description: "The person." }),
    session: t.relation("target", { type: Session, description: "The session." }),
}));
