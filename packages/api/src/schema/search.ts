import { builder } from "../builder.ts";
import { EntityRef, LIVE } from "./entity.ts";
import { EntityKind } from "./entity-kind.ts";
import { textMatch } from "./entity-list.ts";

builder.queryField("entity", (t) =>
  t.prismaField({
    type: EntityRef,
    nullable: true,
    description: "The entity with this key (the slug in its web address), whatever its kind.",
    args: { key: t.arg.string({ required: true }) },
    resolve: (query, _parent, args, ctx) => ctx.db.prisma.entity.findFirst({ ...query, where: { id: args.key, ...LIVE } }),
  }),
);

builder.queryField("search", (t) =>
  t.prismaConnection({
    type: EntityRef,
    cursor: "id",
    description: "Entities of any kind whose names, aliases, acronyms or descriptions contain all the words of the query, accent- and case-insensitively.",
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKind], required: false, description: "Only these kinds." }),
    },
    totalCount: (_parent, args, ctx) => ctx.db.prisma.entity.count({ where: searchWhere(args) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.prisma.entity.findMany({ ...query, where: searchWhere(args), orderBy: [{ sortKey: "asc" }, { id: "asc" }] }),
  }),
);

function searchWhere(args: { query: string; kinds?: readonly ("PERSON" | "COUNTRY" | "CITY" | "ORGANISATION" | "SESSION" | "RESOURCE" | "THEME")[] | null }) {
  return { ...LIVE, ...textMatch(args.query), ...(args.kinds?.length ? { kind: { in: [...args.kinds] } } : {}) };
}
