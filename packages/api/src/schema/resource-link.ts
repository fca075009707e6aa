import { builder } from "../builder.ts";
import { LinkRef, roleEnum } from "./link.ts";
import { EntityRef } from "./entity.ts";
import { Resource } from "./resource.ts";

const ResourceLinkRole = roleEnum("ResourceLinkRole", "RESOURCE_LINK", "How a resource relates to an entity.");

export const ResourceLink = builder.prismaNode("Link", {
  variant: "ResourceLink",
  description: "A resource's relation to an entity: about it, by it, featuring it.",
  interfaces: [LinkRef],
  id: { field: "id" },
  findUnique: (id) => ({ id, type: "RESOURCE_LINK" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    role: t.field({ type: ResourceLinkRole, description: "How the entity figures in the resource.", resolve: (l) => l.role as never }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(ResourceLink, (t) => ({
    resource: t.relation("source", { type: Resource, description: "The resource." }),
    entity: t.relation("target", { type: EntityRef, description: "The entity it is about, by or features." }),
}));
