import type { Enums } from "@agora/db";
import { Continent } from "../country.ts";
import { defineFilter, when, type CommonFilter } from "./define-filter.ts";

type ContinentName = Enums.Continent;

export interface CountryFilterShape extends CommonFilter<CountryFilterShape> {
  continents?: readonly ContinentName[] | null;
  regions?: readonly string[] | null;
}

export const CountryFilter = defineFilter<CountryFilterShape>(
  "COUNTRY",
  "CountryFilter",
  "Narrows a list of countries.",
  (t) => ({
    continents: t.field({ type: [Continent], description: "On any of these continents." }),
    regions: t.stringList({ description: "In any of these UN M49 sub-regions, e.g. \"Eastern Africa\"." }),
  }),
  (f) => [
    ...when(f.continents, (continents) => ({ country: { continent: { in: continents } } })),
    ...when(f.regions, (regions) => ({ country: { region: { in: regions } } })),
  ],
);
