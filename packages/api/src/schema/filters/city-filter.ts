import type { Enums } from "@agora/db";
import { LIVE } from "../entity.ts";
import { Continent } from "../country.ts";
import { defineFilter, when, type CommonFilter } from "./define-filter.ts";
import { outgoing, taggedWith } from "./link-conditions.ts";
import { withSubThemes } from "./theme-closure.ts";

type ContinentName = Enums.Continent;

export interface CityFilterShape extends CommonFilter<CityFilterShape> {
  countries?: readonly string[] | null;
  continents?: readonly ContinentName[] | null;
  themes?: readonly string[] | null;
  networks?: readonly string[] | null;
  hasSessions?: boolean | null;
}

export const CityFilter = defineFilter<CityFilterShape>(
  "CITY",
  "CityFilter",
  "Narrows a list of cities.",
  (t) => ({
    countries: t.stringList({ description: "In any of these countries (keys)." }),
    continents: t.field({ type: [Continent], description: "On any of these continents." }),
    themes: t.stringList({ description: "That hosted a session tagged with any of these themes or their sub-themes (keys)." }),
    networks: t.stringList({ description: "Members of any of these networks (keys, e.g. `gsef`)." }),
    hasSessions: t.boolean({ description: "true: only cities that hosted a session; false: only those that did not." }),
  }),
  async (f, ctx) => [
    ...when(f.countries, (ids) => ({ city: { countryId: { in: ids } } })),
    ...when(f.continents, (continents) => ({ city: { country: { continent: { in: continents } } } })),
    ...(f.themes ? [{ city: { sessions: { some: { entity: { ...LIVE, ...taggedWith(await withSubThemes(ctx, f.themes)) } } } } }] : []),
    ...when(f.networks, (ids) => outgoing("MEMBERSHIP", { id: { in: ids } })),
    ...(f.hasSessions == null
      ? []
      : [{ city: { sessions: f.hasSessions ? { some: { entity: LIVE } } : { none: { entity: LIVE } } } }]),
  ],
);
