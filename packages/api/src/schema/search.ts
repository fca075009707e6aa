import { GraphQLError } from "graphql";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { MAX_SEARCH_QUERY_LENGTH, MAX_SEARCH_WORDS, SearchQueryError, searchEntityIds, type SearchRequest } from "@agora/db";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.ts";
import type { Context } from "../context.ts";
import { EntityRef, LIVE } from "./entity.ts";
import { EntityKind } from "./entity-kind.ts";
import { Continent } from "./country.ts";
import { SearchFacets, type SearchFacetsShape } from "./search-facets.ts";
import { TextPart } from "./text-part.ts";
import { snapshotFor } from "../graph/graph-index.ts";
import { highlight, queryWords, snippet } from "../search/highlight.ts";
import { FACET_SCAN, facetedMatches } from "../search/search-results.ts";
import type { FacetSelection } from "../search/search-facets.ts";

builder.queryField("entity", (t) =>
  t.prismaField({
    type: EntityRef,
    nullable: true,
    description: "The entity with this key (the slug in its web address), whatever its kind.",
    args: { key: t.arg.string({ required: true, description: "The entity's key, e.g. `kampala` or `east-africa-training-uganda-2019`." }) },
    resolve: (query, _parent, args, ctx) => ctx.db.prisma.entity.findFirst({ ...query, where: { id: args.key, ...LIVE } }),
  }),
);

builder.queryField("search", (t) =>
  t.connection(
    {
      type: EntityRef,
      description:
        "Entities of any kind matching every word of the query (a word also matches longer words it starts), in their names, aliases, acronyms, titles or descriptions, " +
        "case- and accent-insensitively, best match first: entities the query names exactly, then those with every word in their names (whole words before beginnings of words), then the rest. " +
        `At most ${MAX_SEARCH_QUERY_LENGTH} characters and ${MAX_SEARCH_WORDS} words; a query with no letter or digit matches nothing. ` +
        `Facet arguments (continents, countries, themes, years) narrow the ${FACET_SCAN} best matches.`,
      args: {
        query: t.arg.string({ required: true, description: "What to look for: words, parts of words, a name in any order, an acronym." }),
        types: t.arg({ type: [EntityKind], required: false, description: "Only entities of these kinds." }),
        continents: t.arg({ type: [Continent], required: false, description: "Facet: only matches on these continents." }),
        countries: t.arg.stringList({ required: false, description: "Facet: only matches in these countries (keys)." }),
        themes: t.arg.stringList({ required: false, description: "Facet: only matches tagged with these themes or their sub-themes (keys)." }),
        years: t.arg.intList({ required: false, description: "Facet: only sessions and resources of these years." }),
      },
      resolve: async (_parent, args, ctx, info) => {
        const words = queryWords(args.query);
        const selection: FacetSelection = {
          kind: args.types,
          continent: args.continents,
          country: args.countries,
          theme: args.themes,
          year: args.years?.map(String),
        };
        const faceted = Boolean(args.continents?.length || args.countries?.length || args.themes?.length || args.years?.length);
        // Facets (and facet filters) work on the best matches in memory; without facet filters,
        // pages come straight from the database's ranking.
        let facets: Promise<SearchFacetsShape> | null = null;
        const facetsOf = () =>
          (facets ??= Promise.all([facetedMatches(ctx, (r) => ranked(ctx, r), args.query, selection), snapshotFor(ctx)]).then(
            ([matches, snapshot]) => ({ matches, snapshot }),
          ));
        const request = { query: args.query, kinds: args.types };
        const page = async (limit: number, offset: number) => {
          if (!faceted) return ranked(ctx, { ...request, limit, offset });
          const { matches } = await facetsOf();
          return { ids: matches.ids.slice(offset, offset + limit), totalCount: matches.ids.length };
        };
        // Offsets into the ranked list are the cursors. `last` without `before` counts back
        // from the end, so it needs the total first.
        const totalCount = args.last != null && args.before == null ? (await page(0, 0)).totalCount : undefined;
        let total = 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE, totalCount },
          async ({ offset, limit }) => {
            const found = await page(limit, offset);
            total = found.totalCount;
            if (found.ids.length === 0) return [];
            // One statement for the rows and one per nested relation, as in every connection.
            const rows = await ctx.db.prisma.entity.findMany({
              ...withHighlightColumns(queryFromInfo({ context: ctx, info, path: ["edges", "node"] })),
              where: { id: { in: found.ids }, ...LIVE },
            });
            const byId = new Map(rows.map((row) => [row.id, row]));
            // An entity deleted between the two statements is skipped, not returned as null.
            return found.ids.flatMap((id) => byId.get(id) ?? []);
          },
        );
        return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, words })), totalCount: total, facets: facetsOf };
      },
    },
    {
      fields: (t) => ({
        totalCount: t.int({ description: "Matches of the whole query, on every page.", resolve: (connection) => connection.totalCount }),
        facets: t.field({
          type: SearchFacets,
          description: "How the matches spread over kinds, continents, countries, themes and years.",
          resolve: (connection) => (connection as unknown as { facets: () => Promise<SearchFacetsShape> }).facets(),
        }),
      }),
    },
    {
      fields: (t) => ({
        highlight: t.field({
          type: [TextPart],
          description: "The match's label, cut into the parts the query matched and the rest.",
          resolve: (edge) => highlight((edge.node as { label: string }).label, (edge as unknown as { words: string[] }).words),
        }),
        snippet: t.field({
          type: [TextPart],
          nullable: true,
          description: "About 160 characters of the description around the first word the query matched; null when the description does not match.",
          resolve: (edge) => snippet((edge.node as { description: string | null }).description, (edge as unknown as { words: string[] }).words),
        }),
      }),
    },
  ),
);

/**
 * The edges' `highlight` and `snippet` read the node's label and description, which the nodes'
 * own selection (select mode: only the columns their requested fields name) may leave out.
 */
function withHighlightColumns<Q extends object>(query: Q): Q {
  const select = (query as { select?: object }).select;
  return select ? { ...query, select: { ...select, label: true, description: true } } : query;
}

async function ranked(ctx: Context, request: SearchRequest) {
  try {
    return await searchEntityIds(ctx.db, request);
  } catch (error) {
    // The one error a client can cause and correct: say so, instead of a masked server error.
    if (error instanceof SearchQueryError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
    throw error;
  }
}
