import { builder } from "../../builder.ts";
import { OrderDirection, type OrderDirectionName } from "./order-direction.ts";

export const EntityOrderField = builder.enumType("EntityOrderField", {
  description: "What an entity list can be ordered by.",
  values: {
    NAME: { description: "Name or title, accent- and case-insensitively (default direction ASC)." },
    CONNECTIONS: { description: "Number of links to other entities (default direction DESC)." },
  } as const,
});

export interface EntityOrderShape {
  field: "NAME" | "CONNECTIONS";
  direction?: OrderDirectionName | null;
}

export const EntityOrder = builder.inputRef<EntityOrderShape>("EntityOrder").implement({
  description: "The order of an entity list. Ties are broken by key, so pages never overlap.",
  fields: (t) => ({
    field: t.field({ type: EntityOrderField, required: true, description: "What to order by." }),
    direction: t.field({ type: OrderDirection, description: "Defaults to the field's natural direction." }),
  }),
});
