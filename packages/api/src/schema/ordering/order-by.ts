import type { Prisma } from "@agora/db";
import type { OrderDirectionName } from "./order-direction.ts";

type Order = Prisma.EntityOrderByWithRelationInput;
const NATURAL: Record<string, "asc" | "desc"> = { NAME: "asc", DATE: "desc", CONNECTIONS: "desc" };

/** Prisma's orderBy for an entity order; `byDate` orders by the kind's own date column. */
export function entityOrderBy(
  order: { field: "NAME" | "CONNECTIONS" | "DATE"; direction?: OrderDirectionName | null },
  byDate?: (sort: "asc" | "desc") => Order,
): Order[] {
  const sort = order.direction ? (order.direction === "ASC" ? "asc" : "desc") : NATURAL[order.field]!;
  const first: Order =
    order.field === "CONNECTIONS" ? { degree: sort } : order.field === "DATE" && byDate ? byDate(sort) : { sortKey: sort };
  return order.field === "NAME" ? [first, { id: "asc" }] : [first, { sortKey: "asc" }, { id: "asc" }];
}
