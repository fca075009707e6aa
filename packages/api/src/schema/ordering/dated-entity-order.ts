import { builder } from "../../builder.ts";
import { OrderDirection, type OrderDirectionName } from "./order-direction.ts";

export const DatedEntityOrderField = builder.enumType("DatedEntityOrderField", {
  description: "What a list of dated entities (sessions, resources) can be ordered by.",
  values: {
    DATE: { description: "Start date; undated entities come last either way (default direction DESC)." },
    NAME: { description: "Title, accent- and case-insensitively (default direction ASC)." },
    CONNECTIONS: { description: "Number of links to other entities (default direction DESC)." },
  } as const,
});

export interface DatedEntityOrderShape {
  field: "DATE" | "NAME" | "CONNECTIONS";
  direction?: OrderDirectionName | null;
}

export const DatedEntityOrder = builder.inputRef<DatedEntityOrderShape>("DatedEntityOrder").implement({
  description: "The order of a list of sessions or resources. Ties are broken by key, so pages never overlap.",
  fields: (t) => ({
    field: t.field({ type: DatedEntityOrderField, required: true, description: "What to order by." }),
    direction: t.field({ type: OrderDirection, description: "Defaults to the field's natural direction." }),
  }),
});
