import type { Enums } from "@agora/db";
import type { Prisma } from "@agora/db";
import { Continent } from "../country.ts";
import { SessionKind } from "../session.ts";
import { defineFilter, when, type CommonFilter } from "./define-filter.ts";
import { incoming, taggedWith } from "./link-conditions.ts";
import { withSubThemes } from "./theme-closure.ts";

type ContinentName = Enums.Continent;
type SessionKindName = Enums.SessionKind;

export interface SessionFilterShape extends CommonFilter<SessionFilterShape> {
  kinds?: readonly SessionKindName[] | null;
  series?: readonly string[] | null;
  cities?: readonly string[] | null;
  countries?: readonly string[] | null;
  continents?: readonly ContinentName[] | null;
  themes?: readonly string[] | null;
  organisations?: readonly string[] | null;
  people?: readonly string[] | null;
  languages?: readonly string[] | null;
  partOf?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

const session = (where: Prisma.SessionWhereInput) => ({ session: where });

export const SessionFilter = defineFilter<SessionFilterShape>(
  "SESSION",
  "SessionFilter",
  "Narrows a list of sessions.",
  (t) => ({
    kinds: t.field({ type: [SessionKind], description: "Any of these kinds." }),
    series: t.stringList({ description: "In any of these series, e.g. \"GSEF Training & Workshop Series\"." }),
    cities: t.stringList({ description: "Held in any of these cities (keys, e.g. `kampala`)." }),
    countries: t.stringList({ description: "Held in any of these countries (keys, e.g. `uganda`)." }),
    continents: t.field({ type: [Continent], description: "Held on any of these continents." }),
    themes: t.stringList({ description: "Tagged with any of these themes or their sub-themes (keys)." }),
    organisations: t.stringList({ description: "Organised, hosted, partnered or funded by any of these organisations (keys)." }),
    people: t.stringList({ description: "With any of these people taking part (keys)." }),
    languages: t.stringList({ description: "Held in any of these languages (BCP 47, e.g. `fr`)." }),
    partOf: t.stringList({ description: "Held within any of these congresses or forums (keys)." }),
    from: t.field({ type: "Date", description: "Ends on or after this date (`2019`, `2019-10` or `2019-10-28`)." }),
    to: t.field({ type: "Date", description: "Starts on or before this date (`2019`, `2019-10` or `2019-10-28`)." }),
  }),
  async (f, ctx) => [
    ...when(f.kinds, (kinds) => session({ kind: { in: kinds } })),
    ...when(f.series, (series) => session({ series: { in: series } })),
    ...when(f.cities, (ids) => session({ cityId: { in: ids } })),
    ...when(f.countries, (ids) => session({ countryId: { in: ids } })),
    ...when(f.continents, (continents) => session({ country: { continent: { in: continents } } })),
    ...(f.themes ? [taggedWith(await withSubThemes(ctx, f.themes))] : []),
    ...when(f.organisations, (ids) => incoming("ORGANISATION_ROLE", { id: { in: ids } })),
    ...when(f.people, (ids) => incoming("PARTICIPATION", { id: { in: ids } })),
    ...when(f.languages, (codes) => session({ OR: codes.map((code) => ({ language: { contains: code } })) })),
    ...when(f.partOf, (ids) => session({ parentId: { in: ids } })),
    // Partial dates compare as strings: "2019" <= "2019-08-21" <= "2019-12-31~" holds.
    ...(f.from ? [session({ endDate: { gte: f.from } })] : []),
    ...(f.to ? [session({ startDate: { lte: `${f.to}~` } })] : []),
  ],
);
