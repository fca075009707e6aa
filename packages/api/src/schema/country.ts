import { builder } from "../builder.ts";
import { EntityRef, LIVE, loaded } from "./entity.ts";
import { City } from "./city.ts";
import { Session } from "./session.ts";
import { Organisation } from "./organisation.ts";

export const Continent = builder.enumType("Continent", {
  description: "Continents, as used to group countries.",
  values: ["AFRICA", "ASIA", "EUROPE", "NORTH_AMERICA", "SOUTH_AMERICA", "OCEANIA"] as const,
});

export const Country = builder.prismaNode("Entity", {
  variant: "Country",
  description: "A country (ISO 3166-1).",
  interfaces: [EntityRef],
  include: { country: true },
  id: { field: "id" },
  findUnique: (id) => ({ id, kind: "COUNTRY" }),
  fields: (t) => ({
    code: t.string({ description: "ISO 3166-1 alpha-2 code.", resolve: (e) => e.country!.code }),
    name: t.string({ resolve: (e) => e.country!.name }),
    continent: t.field({ type: Continent, resolve: (e) => e.country!.continent }),
    region: t.string({ description: "UN M49 sub-region, e.g. \"Eastern Africa\".", resolve: (e) => e.country!.region }),
  }),
});

// Fields that point at other types are added here, after the type exists, so TypeScript
// can infer each type without chasing the cycles of the graph.
builder.prismaObjectFields(Country, (t) => ({
    cities: t.field({
      type: [City],
      select: (_args, _ctx, nested) => ({
        country: { select: { cities: { where: { entity: LIVE }, orderBy: { name: "asc" }, select: { entity: nested() } } } },
      }),
      resolve: (e) => loaded(e.country?.cities.map((c) => c.entity) ?? []),
    }),
    organisations: t.field({
      type: [Organisation],
      description: "Organisations whose country is given directly (see also each city's organisations).",
      select: (_args, _ctx, nested) => ({
        country: { select: { organisations: { where: { entity: LIVE }, orderBy: { name: "asc" }, select: { entity: nested() } } } },
      }),
      resolve: (e) => loaded(e.country?.organisations.map((o) => o.entity) ?? []),
    }),
    sessions: t.field({
      type: [Session],
      description: "Sessions whose country is given without a city (see also each city's sessions).",
      select: (_args, _ctx, nested) => ({
        country: { select: { sessions: { where: { entity: LIVE }, orderBy: { startDate: "desc" }, select: { entity: nested() } } } },
      }),
      resolve: (e) => loaded(e.country?.sessions.map((s) => s.entity) ?? []),
    }),
}));
