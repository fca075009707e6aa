// Names and colours of the schema's enums, in one place so that legends, filters and the graph
// agree. Colours are dark enough for 4.5:1 on white (text) and 3:1 next to each other's labels.
import type { Continent, EntityKind, GraphEdgeType } from "../generated/gql/graphql.ts";

export const ENTITY_KINDS: readonly EntityKind[] = ["SESSION", "PERSON", "ORGANISATION", "CITY", "COUNTRY", "RESOURCE", "THEME"];

export const KIND_LABEL: Record<EntityKind, { one: string; many: string }> = {
  SESSION: { one: "Session", many: "Sessions" },
  PERSON: { one: "Person", many: "People" },
  ORGANISATION: { one: "Organisation", many: "Organisations" },
  CITY: { one: "City", many: "Cities" },
  COUNTRY: { one: "Country", many: "Countries" },
  RESOURCE: { one: "Resource", many: "Resources" },
  THEME: { one: "Theme", many: "Themes" },
};

export const KIND_COLOUR: Record<EntityKind, string> = {
  SESSION: "#c2410c",
  PERSON: "#1d4ed8",
  ORGANISATION: "#047857",
  CITY: "#7e22ce",
  COUNTRY: "#be123c",
  RESOURCE: "#854d0e",
  THEME: "#0e7490",
};

export const CONTINENTS: readonly Continent[] = ["AFRICA", "ASIA", "EUROPE", "NORTH_AMERICA", "SOUTH_AMERICA", "OCEANIA"];

export const CONTINENT_LABEL: Record<Continent, string> = {
  AFRICA: "Africa",
  ASIA: "Asia",
  EUROPE: "Europe",
  NORTH_AMERICA: "North America",
  SOUTH_AMERICA: "South America",
  OCEANIA: "Oceania",
};

/** The link types the exports and the graph filters take (structural edges always show). */
export const LINK_TYPES: readonly GraphEdgeType[] = [
  "PARTICIPATION",
  "ORGANISATION_ROLE",
  "AFFILIATION",
  "MEMBERSHIP",
  "RESOURCE_LINK",
  "THEME_TAG",
  "MENTION",
];

export const EDGE_TYPE_LABEL: Record<GraphEdgeType, string> = {
  PARTICIPATION: "Took part in",
  ORGANISATION_ROLE: "Organised, hosted or funded",
  AFFILIATION: "Position in",
  MEMBERSHIP: "Member of",
  RESOURCE_LINK: "Resource about or by",
  THEME_TAG: "Deals with theme",
  MENTION: "Mentioned",
  HELD_IN: "Held in",
  PART_OF: "Part of",
  BASED_IN: "Based in",
  IN_COUNTRY: "In country",
  BROADER: "Narrower theme of",
};

/** Community colours, by rank (0 is the largest); ranks past the list reuse the last, grey. */
export const COMMUNITY_COLOURS: readonly string[] = [
  "#1d4ed8", "#c2410c", "#047857", "#7e22ce", "#be123c", "#0e7490",
  "#854d0e", "#4d7c0f", "#9d174d", "#3730a3", "#115e59", "#6b7280",
];

export function communityColour(rank: number): string {
  return COMMUNITY_COLOURS[Math.min(Math.max(rank, 0), COMMUNITY_COLOURS.length - 1)]!;
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isLinkType(value: string): value is GraphEdgeType {
  return (LINK_TYPES as readonly string[]).includes(value);
}

export function isContinent(value: string): value is Continent {
  return (CONTINENTS as readonly string[]).includes(value);
}
