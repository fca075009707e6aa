import { builder } from "../../builder.ts";
import { Country } from "../country.ts";

/** The country's Entity row (with its detail row, as the Country type expects) and a count. */
export interface CountryCountShape {
  country: object;
  count: number;
}

export const CountryCount = builder.objectRef<CountryCountShape>("CountryCount").implement({
  description: "The number of entities in one country.",
  fields: (t) => ({
    country: t.field({ type: Country, description: "The country.", resolve: (c) => c.country as never }),
    count: t.exposeInt("count", { description: "How many entities are in it." }),
  }),
});
