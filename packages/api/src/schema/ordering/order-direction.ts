import { builder } from "../../builder.ts";

export const OrderDirection = builder.enumType("OrderDirection", {
  description: "Ascending or descending.",
  values: {
    ASC: { description: "Smallest first: A to Z, earliest first, fewest connections first." },
    DESC: { description: "Largest first: Z to A, latest first, most connections first." },
  } as const,
});
export type OrderDirectionName = "ASC" | "DESC";
