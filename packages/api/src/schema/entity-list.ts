// Root list fields share one shape: a connection over live entities of one kind, narrowed by
// the kind's filter and put in the requested order.
import { normaliseForSearch, type Prisma } from "@agora/db";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import type { EntityRef } from "./entity.ts";

/** Every word of the query must appear (accent- and case-insensitively) in the entity's text. */
export function textMatch(query: string | null | undefined): Prisma.EntityWhereInput {
  const words = normaliseForSearch(query ?? "").split(" ").filter(Boolean);
  return words.length ? { AND: words.map((w) => ({ searchText: { contains: w } })) } : {};
}

export interface EntityListOptions<F, O> {
  name: string;
  /** An Entity variant such as Person (typed as the interface: the rows are Entity rows). */
  type: object;
  description: string;
  filter: { ref: object; where: (filter: F | null | undefined, ctx: Context) => Promise<Prisma.EntityWhereInput> };
  order: object;
  defaultOrder: O;
  orderBy: (order: O) => Prisma.EntityOrderByWithRelationInput[];
}

export function entityListField<F, O>(o: EntityListOptions<F, O>) {
  builder.queryField(o.name, (t) =>
    t.prismaConnection({
      type: o.type as typeof EntityRef,
      cursor: "id",
      description: o.description,
      args: {
        filter: t.arg({ type: o.filter.ref as never, required: false, description: "Only the entities for which this filter holds." }),
        orderBy: t.arg({ type: o.order as never, required: false, description: "Defaults to the order named in the field's description." }),
      },
      totalCount: async (_parent, args, ctx) => ctx.db.prisma.entity.count({ where: await o.filter.where(args.filter as F, ctx) }),
      resolve: async (query, _parent, args, ctx) =>
        ctx.db.prisma.entity.findMany({
          ...query,
          where: await o.filter.where(args.filter as F, ctx),
          orderBy: o.orderBy((args.orderBy as O | null) ?? o.defaultOrder),
        }),
    }),
  );
}
