// Graph answers name entities and links by id; these per-request loaders fetch them in one
// query per kind of row, however many ids a response holds, keeping the order asked for.
import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.ts";
import { graphRows } from "./graph-rows.ts";

const DETAIL_OF: Record<string, "person" | "country" | "city" | "organisation" | "session" | "resource" | "theme"> = {
  PERSON: "person",
  COUNTRY: "country",
  CITY: "city",
  ORGANISATION: "organisation",
  SESSION: "session",
  RESOURCE: "resource",
  THEME: "theme",
};

/**
 * Entity rows with the detail row each one's type reads: one query for the rows, then one per
 * kind present (an `include` of all seven detail tables would be eight queries every time).
 */
async function entitiesWithDetails(ctx: Context, ids: readonly string[]) {
  const rows: Record<string, unknown>[] = await ctx.db.prisma.entity.findMany({ where: { id: { in: [...ids] }, deletedAt: null } });
  const byKind = new Map<string, string[]>();
  for (const row of rows) byKind.set(row.kind as string, [...(byKind.get(row.kind as string) ?? []), row.id as string]);
  const details = new Map<string, unknown>();
  await Promise.all(
    [...byKind].map(async ([kind, kindIds]) => {
      const table = (ctx.db.prisma as unknown as Record<string, { findMany: (args: object) => Promise<{ id: string }[]> }>)[DETAIL_OF[kind]!]!;
      for (const detail of await table.findMany({ where: { id: { in: kindIds } } })) details.set(detail.id, detail);
    }),
  );
  for (const row of rows) row[DETAIL_OF[row.kind as string]!] = details.get(row.id as string) ?? null;
  return rows as ({ id: string } & Record<string, unknown>)[];
}

interface Loaders {
  entity: DataLoader<string, object | null>;
  link: DataLoader<string, object | null>;
}

const perRequest = new WeakMap<Context, Loaders>();

function loaders(ctx: Context): Loaders {
  let found = perRequest.get(ctx);
  if (!found) {
    found = {
      entity: new DataLoader(async (ids) => {
        const rows = await entitiesWithDetails(ctx, ids);
        const byId = new Map(rows.map((r) => [r.id, r as object]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      link: new DataLoader(async (ids) => {
        const rows = await ctx.db.prisma.link.findMany({ where: { id: { in: [...ids] }, deletedAt: null } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
    perRequest.set(ctx, found);
  }
  return found;
}

/**
 * Live entities (with their detail row, as the Entity types expect), in the order of `ids`;
 * missing ones dropped. Given the field's `info`, a graph query's entities come from the graph
 * when the field asks for nothing more than it holds (graph-rows.ts).
 */
export async function loadEntities(ctx: Context, ids: readonly string[], info?: GraphQLResolveInfo): Promise<object[]> {
  const rows = (info && (await graphRows(ctx, ids, info))) || (await loaders(ctx).entity.loadMany(ids));
  return rows.filter((r): r is object => r !== null && !(r instanceof Error));
}

export async function loadEntity(ctx: Context, id: string, info?: GraphQLResolveInfo): Promise<object | null> {
  const fromGraph = info && (await graphRows(ctx, [id], info));
  return fromGraph ? fromGraph[0]! : loaders(ctx).entity.load(id);
}

export async function loadLink(ctx: Context, id: string): Promise<object | null> {
  return loaders(ctx).link.load(id);
}
