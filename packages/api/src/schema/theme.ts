import { builder } from "../builder.ts";
import { EntityRef, loaded } from "./entity.ts";
import { detailConnection } from "./detail-connection.ts";
import { linksOfType } from "./link.ts";
import { ThemeTag } from "./theme-tag.ts";

export const Theme = builder.prismaNode("Entity", {
  variant: "Theme",
  description: "A theme of Agora's controlled, hierarchical vocabulary of SSE themes.",
  interfaces: [EntityRef],
  include: { theme: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, kind: "THEME" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    name: t.string({ description: "The theme's name.", resolve: (e) => e.theme!.name }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Theme, (t) => ({
    parent: t.field({
      type: Theme,
      nullable: true,
      description: "The broader theme.",
      select: (_args, _ctx, nested) => ({ theme: { select: { parent: { select: { entity: nested() } } } } }),
      resolve: (e) => loaded(e.theme?.parent?.entity ?? null),
    }),
    children: detailConnection(t, {
      type: Theme,
      model: "Theme",
      path: ["theme", "children"],
      orderBy: [{ name: "asc" }],
      description: "Narrower themes, by name.",
    }),
    tagged: t.relatedConnection("inLinks", {
      type: ThemeTag,
      cursor: "id",
      totalCount: true,
      description: "Sessions, resources and organisations tagged with this theme.",
      query: linksOfType("THEME_TAG"),
    }),
}));
