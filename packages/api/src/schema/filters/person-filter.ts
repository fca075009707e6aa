import type { Enums } from "@agora/db";
import type { Prisma } from "@agora/db";
import { Continent } from "../country.ts";
import { defineFilter, when, type CommonFilter } from "./define-filter.ts";
import { outgoing, taggedWith } from "./link-conditions.ts";
import { withSubThemes } from "./theme-closure.ts";

type ContinentName = Enums.Continent;

export interface PersonFilterShape extends CommonFilter<PersonFilterShape> {
  organisations?: readonly string[] | null;
  sessions?: readonly string[] | null;
  series?: readonly string[] | null;
  countries?: readonly string[] | null;
  continents?: readonly ContinentName[] | null;
  themes?: readonly string[] | null;
}

/** People are placed by their organisations and the sessions they took part in. */
const placedIn = (place: Prisma.CountryWhereInput): Where => ({
  OR: [
    outgoing("AFFILIATION", { organisation: { country: place } }),
    outgoing("PARTICIPATION", { session: { country: place } }),
  ],
});
type Where = Prisma.EntityWhereInput;

export const PersonFilter = defineFilter<PersonFilterShape>(
  "PERSON",
  "PersonFilter",
  "Narrows a list of people.",
  (t) => ({
    organisations: t.stringList({ description: "Who held a position in any of these organisations (keys)." }),
    sessions: t.stringList({ description: "Who took part in any of these sessions (keys)." }),
    series: t.stringList({ description: "Who took part in a session of any of these series." }),
    countries: t.stringList({
      description: "Tied to any of these countries (keys): by an organisation based there or a session held there.",
    }),
    continents: t.field({
      type: [Continent],
      description: "Tied to any of these continents: by an organisation based there or a session held there.",
    }),
    themes: t.stringList({ description: "Who took part in a session tagged with any of these themes or their sub-themes (keys)." }),
  }),
  async (f, ctx) => [
    ...when(f.organisations, (ids) => outgoing("AFFILIATION", { id: { in: ids } })),
    ...when(f.sessions, (ids) => outgoing("PARTICIPATION", { id: { in: ids } })),
    ...when(f.series, (series) => outgoing("PARTICIPATION", { session: { series: { in: series } } })),
    ...when(f.countries, (ids) => placedIn({ id: { in: ids } })),
    ...when(f.continents, (continents) => placedIn({ continent: { in: continents } })),
    ...(f.themes ? [outgoing("PARTICIPATION", taggedWith(await withSubThemes(ctx, f.themes)))] : []),
  ],
);
