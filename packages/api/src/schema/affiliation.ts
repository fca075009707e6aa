import { builder } from "../builder.ts";
import { LinkRef } from "./link.ts";
import { Person } from "./person.ts";
import { Organisation } from "./organisation.ts";

export const Affiliation = builder.prismaNode("Link", {
  variant: "Affiliation",
  description: "A position a person held in an organisation, with its period when known.",
  interfaces: [LinkRef],
  // Select mode: only the columns the requested fields name. `deletedAt` is read by node(id:) (builder.ts).
  select: { id: true, type: true, deletedAt: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, type: "AFFILIATION" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    position: t.string({ select: { capacity: true }, description: "The position, as the source words it.", resolve: (l) => l.capacity ?? "" }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Affiliation, (t) => ({
    person: t.relation("source", { type: Person, description: "The person." }),
    organisation: t.relation("target", { type: Organisation, description: "The organisation." }),
}));
