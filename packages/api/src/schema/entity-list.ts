// Root list fields share one shape: a connection over live entities of one kind, optionally
// narrowed by a text match, ordered by name unless a type says otherwise.
import { normaliseForSearch, type Prisma } from "@agora/db";
import { builder } from "../builder.ts";
import { EntityRef, LIVE } from "./entity.ts";
import type { EntityKindName } from "./entity-kind.ts";

/** Every word of the query must appear (accent- and case-insensitively) in the entity's text. */
export function textMatch(query: string | null | undefined): Prisma.EntityWhereInput {
  const words = normaliseForSearch(query ?? "").split(" ").filter(Boolean);
  return words.length ? { AND: words.map((w) => ({ searchText: { contains: w } })) } : {};
}

export function entityListField(
  name: string,
  // An Entity variant such as Person. Typed as the interface: the rows are Entity rows, and
  // Pothos adds each variant's detail include to the query at run time.
  type: object,
  kind: EntityKindName,
  description: string,
) {
  builder.queryField(name, (t) =>
    t.prismaConnection({
      type: type as typeof EntityRef,
      cursor: "id",
      description,
      args: { search: t.arg.string({ required: false, description: "Only entities whose names, aliases or descriptions contain these words." }) },
      totalCount: (_parent, args, ctx) => ctx.db.prisma.entity.count({ where: { kind, ...LIVE, ...textMatch(args.search) } }),
      resolve: (query, _parent, args, ctx) =>
        ctx.db.prisma.entity.findMany({
          ...query,
          where: { kind, ...LIVE, ...textMatch(args.search) },
          orderBy: [{ sortKey: "asc" }, { id: "asc" }],
        }),
    }),
  );
}
