import { builder } from "../builder.ts";
import { EntityRef } from "./entity.ts";
import { detailConnection } from "./detail-connection.ts";
import { City } from "./city.ts";
import { Session } from "./session.ts";
import { Organisation } from "./organisation.ts";

export const Continent = builder.enumType("Continent", {
  description: "Continents, as used to group countries.",
  values: {
    AFRICA: { description: "Africa." },
    ASIA: { description: "Asia, including the Middle East." },
    EUROPE: { description: "Europe." },
    NORTH_AMERICA: { description: "North and Central America and the Caribbean." },
    SOUTH_AMERICA: { description: "South America." },
    OCEANIA: { description: "Oceania." },
  } as const,
});

export const Country = builder.prismaNode("Entity", {
  variant: "Country",
  description: "A country (ISO 3166-1).",
  interfaces: [EntityRef],
  include: { country: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, kind: "COUNTRY" }),
  nullable: true, // node(id:) of no such row answers null (builder.ts)
  fields: (t) => ({
    code: t.string({ description: "ISO 3166-1 alpha-2 code.", resolve: (e) => e.country!.code }),
    name: t.string({ description: "The country's short name in English.", resolve: (e) => e.country!.name }),
    continent: t.field({ type: Continent, description: "The continent it lies on.", resolve: (e) => e.country!.continent }),
    region: t.string({ description: "UN M49 sub-region, e.g. \"Eastern Africa\".", resolve: (e) => e.country!.region }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Country, (t) => ({
    cities: detailConnection(t, {
      type: City,
      model: "City",
      path: ["country", "cities"],
      orderBy: [{ name: "asc" }],
      description: "Cities in this country, by name.",
    }),
    organisations: detailConnection(t, {
      type: Organisation,
      model: "Organisation",
      path: ["country", "organisations"],
      orderBy: [{ name: "asc" }],
      description: "Organisations based in this country, by name.",
    }),
    sessions: detailConnection(t, {
      type: Session,
      model: "Session",
      path: ["country", "sessions"],
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }],
      description: "Sessions held in this country, latest first.",
    }),
}));
