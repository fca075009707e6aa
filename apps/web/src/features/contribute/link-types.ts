// Which kinds each link type joins and the roles it takes, as the API checks them (LINK_ENDS and
// LINK_ROLES in @agora/db). The schema carries the role enums of four types but not the ends, so
// this table mirrors them; entity-fields.test.ts checks the roles against the schema's enums.
import type { EntityKind, LinkType } from "../../generated/gql/graphql.ts";

export interface LinkTypeDef {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  roles: readonly string[];
  /** "<from> … <to>", for the reader. */
  verb: string;
  /** What capacity means for this type, when it means something. */
  capacity?: string;
}

const ANY_BUT_NOTHING: readonly EntityKind[] = ["PERSON", "COUNTRY", "CITY", "ORGANISATION", "SESSION", "RESOURCE", "THEME"];

export const LINK_TYPES: Record<LinkType, LinkTypeDef> = {
  PARTICIPATION: {
    from: ["PERSON"],
    to: ["SESSION"],
    roles: ["speaker", "moderator", "lecturer", "trainer", "panellist", "presenter", "participant", "delegate", "host", "courtesy-call-host"],
    verb: "took part in",
    capacity: "The title they held there, as the source words it, e.g. “Mayor, Suwon City”.",
  },
  ORGANISATION_ROLE: {
    from: ["ORGANISATION"],
    to: ["SESSION"],
    roles: ["organiser", "co-organiser", "partner", "host", "funder", "contributor", "inviter", "participant"],
    verb: "organised, hosted, funded or took part in",
  },
  AFFILIATION: { from: ["PERSON"], to: ["ORGANISATION"], roles: ["position"], verb: "held a position in", capacity: "The position, as the source words it." },
  MEMBERSHIP: { from: ["ORGANISATION", "CITY"], to: ["ORGANISATION"], roles: ["member", "chair", "co-chair", "vice-chair", "steering-committee-member"], verb: "is a member of" },
  RESOURCE_LINK: { from: ["RESOURCE"], to: ANY_BUT_NOTHING, roles: ["about", "author", "publisher", "subject", "interviewee", "speaker"], verb: "is about, by or features" },
  THEME_TAG: { from: ["SESSION", "RESOURCE", "ORGANISATION", "PERSON"], to: ["THEME"], roles: ["tag"], verb: "deals with the theme" },
  MENTION: { from: ["SESSION"], to: ANY_BUT_NOTHING, roles: ["mention"], verb: "mentions" },
};

export interface LinkChoice {
  type: LinkType;
  /** Which end the entity of the page is. */
  end: "from" | "to";
}

/** Every (type, end) an entity of this kind can take part in, from its side first. */
export function linkChoices(kind: EntityKind): LinkChoice[] {
  const types = Object.entries(LINK_TYPES) as [LinkType, LinkTypeDef][];
  return [
    ...types.filter(([, def]) => def.from.includes(kind)).map(([type]) => ({ type, end: "from" as const })),
    ...types.filter(([, def]) => def.to.includes(kind)).map(([type]) => ({ type, end: "to" as const })),
  ];
}

export const choiceValue = (choice: LinkChoice) => `${choice.type}:${choice.end}`;
