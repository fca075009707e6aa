import { builder } from "../builder.ts";

builder.prismaObject("Figure", {
  description: "A quantity a source states about an entity, such as GSEF's number of member cities.",
  fields: (t) => ({
    metric: t.exposeString("metric", { description: "Machine name of the quantity, e.g. `member-cities-and-networks`." }),
    label: t.exposeString("label", { description: "What the quantity is, in words." }),
    value: t.exposeFloat("value", { description: "The number the source states." }),
    unit: t.exposeString("unit", { nullable: true, description: "Its unit, when it is not a plain count (e.g. `USD`)." }),
    asOf: t.expose("asOf", { type: "Date", nullable: true, description: "When the source says the quantity held." }),
    sources: t.relatedConnection("citations", {
      cursor: "id",
      totalCount: true,
      description: "The passages that state the figure.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});
