// `stats`: the counts behind a coverage dashboard. Aggregate lists are bounded by the
// vocabularies (kinds, continents, countries, years, themes), so they are plain lists, not
// connections: a dashboard needs them whole.
import { stats as queries } from "@agora/db";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { EntityKind, type EntityKindName } from "../entity-kind.ts";
import { ContinentCount, ContinentYearCount, KindCount, YearCount } from "./count-types.ts";
import { CountryCount } from "./country-count.ts";
import { ThemeCount } from "./theme-count.ts";
import { CoverageCell } from "./coverage-cell.ts";
import { coverageCells, rollUpTags } from "./roll-up.ts";

const Stats = builder.objectRef<Record<string, never>>("Stats").implement({
  description: "Counts over the whole network. Each list holds every value that has a count; none is paged.",
  fields: (t) => {
    const kindsArg = () =>
      t.arg({
        type: [EntityKind],
        required: true,
        defaultValue: ["SESSION"],
        description: "Which kinds of entity to count (default: sessions).",
      });
    return {
      entities: t.int({
        description: "Live entities of every kind.",
        resolve: async (_s, _a, ctx) => (await queries.countByKind(ctx.db)).reduce((sum, c) => sum + c.count, 0),
      }),
      links: t.int({ description: "Live links between live entities.", resolve: (_s, _a, ctx) => queries.countLinks(ctx.db) }),
      byKind: t.field({
        type: [KindCount],
        description: "Live entities per kind.",
        resolve: async (_s, _a, ctx) => (await queries.countByKind(ctx.db)).sort((a, b) => a.kind.localeCompare(b.kind)),
      }),
      byCountry: t.field({
        type: [CountryCount],
        description: "Entities per country, most first. Sessions and organisations count where they are, cities in their country.",
        args: { kinds: kindsArg() },
        resolve: (_s, args, ctx) => byCountry(ctx, args.kinds),
      }),
      byContinent: t.field({
        type: [ContinentCount],
        description: "Entities per continent, most first (see byCountry for what is counted where).",
        args: { kinds: kindsArg() },
        resolve: async (_s, args, ctx) => {
          const totals = new Map<string, number>();
          for (const c of await byCountry(ctx, args.kinds)) {
            const continent = (c.country as { country: { continent: string } }).country.continent;
            totals.set(continent, (totals.get(continent) ?? 0) + c.count);
          }
          return [...totals]
            .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
            .map(([continent, count]) => ({ continent: continent as never, count }));
        },
      }),
      byYear: t.field({
        type: [YearCount],
        description: "Sessions (by start year) or resources (by year) per year, earliest first.",
        args: { kinds: kindsArg() },
        resolve: (_s, args, ctx) => queries.countByYear(ctx.db, args.kinds),
      }),
      byTheme: t.field({
        type: [ThemeCount],
        description: "Entities per theme, most first; a theme's count includes its sub-themes.",
        args: { kinds: kindsArg() },
        resolve: async (_s, args, ctx) => {
          const [tags, parents] = await Promise.all([queries.themeTags(ctx.db, args.kinds), queries.themeParents(ctx.db)]);
          const rolled = rollUpTags(tags, parents);
          const direct = rollUpTags(tags, new Map());
          const themes = await entitiesById(ctx, [...rolled.keys()], { theme: true });
          return [...rolled]
            .map(([id, set]) => ({ theme: themes.get(id)!, count: set.size, directCount: direct.get(id)?.size ?? 0 }))
            .filter((c) => c.theme)
            .sort((a, b) => b.count - a.count || (a.theme as { id: string }).id.localeCompare((b.theme as { id: string }).id));
        },
      }),
      sessionsByContinentYear: t.field({
        type: [ContinentYearCount],
        description: "Sessions per continent × start year, each session once (the totals the coverage grid cannot give, since a session has several themes).",
        resolve: async (_s, _a, ctx) => {
          const counts = new Map<string, { continent: string | null; year: number | null; sessions: Set<string> }>();
          for (const row of await queries.sessionCoverageRows(ctx.db)) {
            const year = row.year && /^\d{4}$/.test(row.year) ? Number(row.year) : null;
            const key = `${row.continent}|${year}`;
            const cell = counts.get(key) ?? { continent: row.continent, year, sessions: new Set<string>() };
            cell.sessions.add(row.sessionId);
            counts.set(key, cell);
          }
          return [...counts.values()]
            .map((c) => ({ continent: c.continent, year: c.year, count: c.sessions.size }))
            .sort((a, b) => (a.continent ?? "~").localeCompare(b.continent ?? "~") || (a.year ?? 9999) - (b.year ?? 9999));
        },
      }),
      coverage: t.field({
        type: [CoverageCell],
        description: "Sessions per continent × top-level theme × year: where knowledge exchange is thick and where it is thin.",
        resolve: async (_s, _a, ctx) => {
          const [rows, parents] = await Promise.all([queries.sessionCoverageRows(ctx.db), queries.themeParents(ctx.db)]);
          const cells = coverageCells(rows, parents);
          const themes = await entitiesById(ctx, cells.map((c) => c.themeId).filter((id): id is string => id !== null), { theme: true });
          return cells.map((c) => ({ continent: c.continent, theme: c.themeId ? (themes.get(c.themeId) ?? null) : null, year: c.year, sessions: c.sessions }));
        },
      }),
    };
  },
});

async function byCountry(ctx: Context, kinds: readonly EntityKindName[]) {
  const counts = await queries.countByCountry(ctx.db, kinds);
  const countries = await entitiesById(ctx, counts.map((c) => c.countryId), { country: true });
  return counts
    .filter((c) => countries.has(c.countryId))
    .map((c) => ({ country: countries.get(c.countryId)!, count: c.count }))
    .sort((a, b) => b.count - a.count || (a.country as { id: string }).id.localeCompare((b.country as { id: string }).id));
}

/** Live entities with their detail row, in one query. */
async function entitiesById(ctx: Context, ids: string[], include: { country: true } | { theme: true }) {
  const rows = await ctx.db.prisma.entity.findMany({ where: { id: { in: [...new Set(ids)] }, deletedAt: null }, include });
  return new Map<string, object>(rows.map((r) => [r.id, r]));
}

builder.queryField("stats", (t) =>
  t.field({
    type: Stats,
    description: "Counts by kind, continent, country, year and theme: the data behind a coverage dashboard.",
    resolve: () => ({}),
  }),
);
