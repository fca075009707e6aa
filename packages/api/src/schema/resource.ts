import { builder } from "../builder.ts";
import { EntityRef } from "./entity.ts";
import { linksOfType } from "./link.ts";
import { ResourceLink } from "./resource-link.ts";
import { ThemeTag } from "./theme-tag.ts";

export const ResourceKind = builder.enumType("ResourceKind", {
  description: "The kinds of resource.",
  values: {
    REPORT: { description: "A report." },
    DECLARATION: { description: "A declaration adopted at an event." },
    PRESS_RELEASE: { description: "A press release." },
    INTERVIEW: { description: "An interview." },
    MESSAGE: { description: "A message or address." },
    PHOTO_GALLERY: { description: "A photo gallery." },
    VIDEO: { description: "A video." },
    PRESENTATION: { description: "A presentation or slide deck." },
    PUBLICATION: { description: "A book, paper or other publication." },
    WEB_PAGE: { description: "A web page." },
  } as const,
});

export const Resource = builder.prismaNode("Entity", {
  variant: "Resource",
  description: "A document or media item produced by or about the network.",
  interfaces: [EntityRef],
  include: { resource: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, kind: "RESOURCE" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    title: t.string({ description: "The resource's title.", resolve: (e) => e.resource!.title }),
    resourceKind: t.field({ description: "What kind of resource it is.", type: ResourceKind, resolve: (e) => e.resource!.kind }),
    language: t.string({ nullable: true, description: "BCP 47 language tag.", resolve: (e) => e.resource!.language }),
    link: t.string({ nullable: true, description: "Where the resource can be found online, when known.", resolve: (e) => e.resource!.url }),
    date: t.field({ description: "When it was published or taken, as precisely as known.", type: "Date", nullable: true, resolve: (e) => e.resource!.date }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Resource, (t) => ({
    links: t.relatedConnection("outLinks", {
      type: ResourceLink,
      cursor: "id",
      totalCount: true,
      description: "The sessions, people and organisations this resource is about or by.",
      query: linksOfType("RESOURCE_LINK"),
    }),
    themes: t.relatedConnection("outLinks", {
      type: ThemeTag,
      cursor: "id",
      totalCount: true,
      description: "Themes it deals with.",
      query: linksOfType("THEME_TAG"),
    }),
}));
