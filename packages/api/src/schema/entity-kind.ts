import { builder } from "../builder.ts";

export const ENTITY_KINDS = ["PERSON", "COUNTRY", "CITY", "ORGANISATION", "SESSION", "RESOURCE", "THEME"] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** The GraphQL type that shows each kind of entity. */
export const TYPE_OF_KIND: Record<EntityKindName, string> = {
  PERSON: "Person",
  COUNTRY: "Country",
  CITY: "City",
  ORGANISATION: "Organisation",
  SESSION: "Session",
  RESOURCE: "Resource",
  THEME: "Theme",
};

export const EntityKind = builder.enumType("EntityKind", {
  description: "The kinds of entity in the knowledge network.",
  values: {
    PERSON: { description: "A person: official, practitioner, researcher, speaker." },
    COUNTRY: { description: "A country (ISO 3166-1)." },
    CITY: { description: "A city or other locality." },
    ORGANISATION: { description: "A local government, network, NGO, cooperative, institute or other body." },
    SESSION: { description: "A knowledge-exchange event: forum, training, learning session, academy, workshop..." },
    RESOURCE: { description: "A document or media item: report, declaration, interview, photo gallery..." },
    THEME: { description: "A theme of the controlled, hierarchical SSE vocabulary." },
  } as const,
});
