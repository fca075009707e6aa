import { builder } from "../builder.ts";
import { LinkRef } from "./link.ts";
import { EntityRef } from "./entity.ts";
import { Theme } from "./theme.ts";

export const ThemeTag = builder.prismaNode("Link", {
  variant: "ThemeTag",
  description: "A theme a session, resource or organisation deals with.",
  interfaces: [LinkRef],
  id: { field: "id" },
  findUnique: (id) => ({ id, type: "THEME_TAG" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(ThemeTag, (t) => ({
    entity: t.relation("source", { type: EntityRef, description: "The session, resource or organisation tagged." }),
    theme: t.relation("target", { type: Theme, description: "The theme." }),
}));
