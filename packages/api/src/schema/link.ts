import { LINK_ROLES } from "@agora/db";
import { builder } from "../builder.ts";
import { EntityRef } from "./entity.ts";

export const LinkType = builder.enumType("LinkType", {
  description: "The types of typed, dated link between entities. Each type has a fixed direction.",
  values: {
    PARTICIPATION: { description: "A person took part in a session (speaker, moderator, trainer, ...)." },
    ORGANISATION_ROLE: { description: "An organisation organised, hosted, partnered or funded a session." },
    AFFILIATION: { description: "A person held a position in an organisation." },
    MEMBERSHIP: { description: "An organisation or city belongs to a network, possibly as chair or vice-chair." },
    RESOURCE_LINK: { description: "A resource is about, by or features an entity." },
    THEME_TAG: { description: "A session, resource or organisation deals with a theme." },
    MENTION: { description: "A session names an entity without a stronger relation." },
  } as const,
});

const TYPE_NAME: Record<keyof typeof LINK_ROLES, string> = {
  PARTICIPATION: "Participation",
  ORGANISATION_ROLE: "OrganisationRole",
  AFFILIATION: "Affiliation",
  MEMBERSHIP: "Membership",
  RESOURCE_LINK: "ResourceLink",
  THEME_TAG: "ThemeTag",
  MENTION: "Mention",
};

/** Links a soft-deleted entity touches are hidden along with it. */
const LIVE_LINK = { deletedAt: null, source: { deletedAt: null }, target: { deletedAt: null } } as const;

/** The query of a connection over one type of live link. */
export const linksOfType = (type: keyof typeof LINK_ROLES) => ({
  where: { type, ...LIVE_LINK },
  orderBy: { id: "asc" as const },
});

export const LinkRef = builder.prismaInterface("Link", {
  name: "Link",
  description: "A typed, dated relation between two entities, with the sources that state it.",
  interfaces: [builder.nodeInterfaceRef()],
  fields: (t) => ({
    type: t.expose("type", { type: LinkType }),
    roleName: t.exposeString("role", { description: "The role in words, e.g. `co-organiser`, `moderator`." }),
    capacity: t.exposeString("capacity", {
      nullable: true,
      description: "The title held in this link, as the source words it, e.g. \"Mayor, Suwon City\".",
    }),
    startDate: t.expose("startDate", { type: "Date", nullable: true }),
    endDate: t.expose("endDate", { type: "Date", nullable: true }),
    asOf: t.expose("asOf", { type: "Date", nullable: true, description: "When the source says the link held, if it gives no period." }),
    note: t.exposeString("note", { nullable: true }),
    from: t.relation("source", { type: EntityRef, description: "The entity the link starts from (see LinkType)." }),
    to: t.relation("target", { type: EntityRef, description: "The entity the link points to (see LinkType)." }),
    sources: t.relation("citations", { description: "Provenance: the passages that state this link.", query: { orderBy: { id: "asc" } } }),
  }),
  resolveType: (link) => TYPE_NAME[link.type as keyof typeof LINK_ROLES],
});

/** A GraphQL enum of the roles a link type accepts: `co-organiser` becomes CO_ORGANISER. */
export function roleEnum(name: string, type: keyof typeof LINK_ROLES, description: string) {
  const values = Object.fromEntries(
    LINK_ROLES[type].map((role) => [role.toUpperCase().replace(/-/g, "_"), { value: role }]),
  );
  return builder.enumType(name, { description, values });
}
