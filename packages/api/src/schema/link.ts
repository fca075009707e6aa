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

/** The GraphQL type that shows each type of link. */
export const TYPE_OF_LINK_TYPE: Record<keyof typeof LINK_ROLES, string> = {
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
  // Select mode, as Entity: `type` picks the GraphQL type (resolveType).
  select: { id: true, type: true },
  fields: (t) => ({
    linkId: t.exposeString("id", { description: "The link's own id, as updateLink and deleteLink take it." }),
    version: t.exposeInt("version", { description: "Bumped by every change: pass it as `expectedVersion` when editing." }),
    type: t.expose("type", { type: LinkType, description: "What kind of link this is; it fixes what `from` and `to` are." }),
    roleName: t.exposeString("role", { description: "The role in words, e.g. `co-organiser`, `moderator`." }),
    capacity: t.exposeString("capacity", {
      nullable: true,
      description: "The title held in this link, as the source words it, e.g. \"Mayor, Suwon City\".",
    }),
    startDate: t.expose("startDate", { type: "Date", nullable: true, description: "When the link began, as precisely as the source says." }),
    endDate: t.expose("endDate", { type: "Date", nullable: true, description: "When the link ended, if it has." }),
    asOf: t.expose("asOf", { type: "Date", nullable: true, description: "When the source says the link held, if it gives no period." }),
    note: t.exposeString("note", { nullable: true, description: "A remark qualifying the link, in Agora's words." }),
    from: t.relation("source", { type: EntityRef, description: "The entity the link starts from (see LinkType)." }),
    to: t.relation("target", { type: EntityRef, description: "The entity the link points to (see LinkType)." }),
    sources: t.relatedConnection("citations", {
      cursor: "id",
      totalCount: true,
      description: "Provenance: the passages that state this link.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
  resolveType: (link) => TYPE_OF_LINK_TYPE[link.type as keyof typeof LINK_ROLES],
});

const ROLE_DESCRIPTIONS: Record<string, string> = {
  speaker: "Gave a talk or address.",
  moderator: "Chaired or moderated a session or panel.",
  lecturer: "Gave a lecture.",
  trainer: "Led training sessions.",
  panellist: "Sat on a panel.",
  presenter: "Presented a case, report or project.",
  participant: "Took part without a named speaking role.",
  delegate: "Attended as a member of a delegation.",
  host: "Hosted the event or received the visitors.",
  "courtesy-call-host": "Received a courtesy call from the delegation.",
  organiser: "Organised the session alone.",
  "co-organiser": "Organised the session together with others.",
  partner: "Took part as a partner.",
  funder: "Funded or sponsored the session.",
  inviter: "Invited the speakers or delegation.",
  contributor: "Contributed content or speakers.",
  member: "An ordinary member.",
  chair: "Chairs the network.",
  "co-chair": "Co-chairs the network.",
  "vice-chair": "A vice-chair of the network.",
  "steering-committee-member": "Sits on the network's steering committee.",
  about: "The resource is about the entity.",
  author: "The entity wrote or produced the resource.",
  publisher: "The entity published the resource.",
  subject: "The entity is the resource's main subject.",
  interviewee: "The person is interviewed in the resource.",
  position: "A position held in the organisation (see `capacity`).",
  tag: "The entity deals with the theme.",
  mention: "The session names the entity.",
};

/** A GraphQL enum of the roles a link type accepts: `co-organiser` becomes CO_ORGANISER. */
export function roleEnum(name: string, type: keyof typeof LINK_ROLES, description: string) {
  const values = Object.fromEntries(
    LINK_ROLES[type].map((role) => [
      role.toUpperCase().replace(/-/g, "_"),
      { value: role, description: ROLE_DESCRIPTIONS[role] ?? `The role \`${role}\`.` },
    ]),
  );
  return builder.enumType(name, { description, values });
}
