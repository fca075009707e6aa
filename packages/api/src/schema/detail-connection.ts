// Entities reached through a foreign key of a detail row (a city's sessions, a theme's
// children) are rows of that detail table, not of Entity. These connections page over the
// detail rows inside the parent's own query (one SQL statement per level, whatever the page
// size) and hand Pothos the Entity row of each.
import { isThenable } from "@pothos/core";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../builder.ts";
import { LIVE } from "./entity.ts";

// A page that selects no field of its nodes (only `totalCount`, cursors or pageInfo) gets an
// empty selection for the entity, and Prisma refuses an empty `select`: ask for its id then.
const atLeastId = (selection: unknown) => {
  const select = (selection as { select?: object } | null)?.select;
  return select && Object.keys(select).length === 0 ? { select: { id: true } } : selection;
};

const overDetail = <M extends "Session" | "Organisation" | "City" | "Theme">(model: M) =>
  prismaConnectionHelpers(builder, model as "Session", {
    cursor: "id",
    select: (nested) => {
      const entity = nested() as unknown;
      return (isThenable(entity) ? entity.then((e) => ({ entity: atLeastId(e) })) : { entity: atLeastId(entity) }) as never;
    },
    resolveNode: (row) => (row as unknown as { entity: unknown }).entity as never,
  });

const HELPERS = {
  Session: overDetail("Session"),
  Organisation: overDetail("Organisation"),
  City: overDetail("City"),
  Theme: overDetail("Theme"),
};

export interface DetailConnectionOptions {
  /** The node type: an Entity variant of `model`. */
  type: object;
  model: keyof typeof HELPERS;
  /** The parent's detail relation and the list on it, e.g. `["city", "sessions"]`. */
  path: readonly [string, string];
  orderBy: readonly object[];
  description: string;
}

type Row = Record<string, Record<string, unknown> & { _count: Record<string, number> }>;

/**
 * `t.connection` over a detail-table list, with totalCount. `t` is the field builder of a
 * prismaObjectFields callback; the options are checked here rather than by Pothos' types,
 * which cannot follow a relation named by a string.
 */
export function detailConnection(t: any, { type, model, path, orderBy, description }: DetailConnectionOptions) {
  const [detail, list] = path;
  const helper = HELPERS[model];
  const where = { entity: LIVE };
  return t.connection(
    {
      type,
      description,
      select: (args: never, ctx: never, nested: never) => ({
        [detail]: {
          select: {
            [list]: { ...helper.getQuery(args, ctx, nested), where, orderBy: [...orderBy, { id: "asc" }] },
            _count: { select: { [list]: { where } } },
          },
        },
      }),
      resolve: (parent: Row, args: never, ctx: never) => {
        const row = parent[detail];
        return {
          ...helper.resolve((row?.[list] ?? []) as never[], args, ctx, parent),
          totalCount: row?._count[list] ?? 0,
        };
      },
    },
    {
      fields: (c: any) => ({
        totalCount: c.int({
          description: "The number of items in the whole list, across all pages.",
          resolve: (connection: { totalCount: number }) => connection.totalCount,
        }),
      }),
    },
  );
}
