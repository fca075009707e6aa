import type { Enums } from "@agora/db";
import type { Prisma } from "@agora/db";
import { Continent } from "../country.ts";
import { OrganisationKind } from "../organisation.ts";
import { defineFilter, when, type CommonFilter } from "./define-filter.ts";
import { incoming, outgoing, taggedWith } from "./link-conditions.ts";
import { withSubThemes } from "./theme-closure.ts";

type ContinentName = Enums.Continent;
type OrganisationKindName = Enums.OrganisationKind;

export interface OrganisationFilterShape extends CommonFilter<OrganisationFilterShape> {
  kinds?: readonly OrganisationKindName[] | null;
  cities?: readonly string[] | null;
  countries?: readonly string[] | null;
  continents?: readonly ContinentName[] | null;
  themes?: readonly string[] | null;
  sessions?: readonly string[] | null;
  people?: readonly string[] | null;
  networks?: readonly string[] | null;
}

const organisation = (where: Prisma.OrganisationWhereInput) => ({ organisation: where });

export const OrganisationFilter = defineFilter<OrganisationFilterShape>(
  "ORGANISATION",
  "OrganisationFilter",
  "Narrows a list of organisations.",
  (t) => ({
    kinds: t.field({ type: [OrganisationKind], description: "Any of these kinds." }),
    cities: t.stringList({ description: "Based in any of these cities (keys)." }),
    countries: t.stringList({ description: "Based in any of these countries (keys)." }),
    continents: t.field({ type: [Continent], description: "Based on any of these continents." }),
    themes: t.stringList({ description: "Tagged with any of these themes or their sub-themes (keys)." }),
    sessions: t.stringList({ description: "That organised, hosted, partnered or funded any of these sessions (keys)." }),
    people: t.stringList({ description: "Where any of these people held a position (keys)." }),
    networks: t.stringList({ description: "Members of any of these networks (keys, e.g. `gsef`)." }),
  }),
  async (f, ctx) => [
    ...when(f.kinds, (kinds) => organisation({ kind: { in: kinds } })),
    ...when(f.cities, (ids) => organisation({ cityId: { in: ids } })),
    ...when(f.countries, (ids) => organisation({ countryId: { in: ids } })),
    ...when(f.continents, (continents) => organisation({ country: { continent: { in: continents } } })),
    ...(f.themes ? [taggedWith(await withSubThemes(ctx, f.themes))] : []),
    ...when(f.sessions, (ids) => outgoing("ORGANISATION_ROLE", { id: { in: ids } })),
    ...when(f.people, (ids) => incoming("AFFILIATION", { id: { in: ids } })),
    ...when(f.networks, (ids) => outgoing("MEMBERSHIP", { id: { in: ids } })),
  ],
);
