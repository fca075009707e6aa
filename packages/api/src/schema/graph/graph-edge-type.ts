import { builder } from "../../builder.ts";

export const GraphEdgeType = builder.enumType("GraphEdgeType", {
  description: "The types of edge in the network graph: every LinkType, plus relations held by the entities themselves.",
  values: {
    PARTICIPATION: { description: "A person took part in a session." },
    ORGANISATION_ROLE: { description: "An organisation organised, hosted, partnered or funded a session." },
    AFFILIATION: { description: "A person held a position in an organisation." },
    MEMBERSHIP: { description: "An organisation or city belongs to a network." },
    RESOURCE_LINK: { description: "A resource is about, by or features an entity." },
    THEME_TAG: { description: "A session, resource or organisation deals with a theme." },
    MENTION: { description: "A session names an entity." },
    HELD_IN: { description: "A session was held in a city (or, when no city is known, a country)." },
    PART_OF: { description: "A session was part of a congress or forum." },
    BASED_IN: { description: "An organisation is based in a city (or country)." },
    IN_COUNTRY: { description: "A city is in a country." },
    BROADER: { description: "A theme is narrower than another." },
  } as const,
});

export type GraphEdgeTypeName =
  | "PARTICIPATION" | "ORGANISATION_ROLE" | "AFFILIATION" | "MEMBERSHIP" | "RESOURCE_LINK" | "THEME_TAG" | "MENTION"
  | "HELD_IN" | "PART_OF" | "BASED_IN" | "IN_COUNTRY" | "BROADER";

export const LINK_TABLE_TYPES = new Set(["PARTICIPATION", "ORGANISATION_ROLE", "AFFILIATION", "MEMBERSHIP", "RESOURCE_LINK", "THEME_TAG", "MENTION"]);
