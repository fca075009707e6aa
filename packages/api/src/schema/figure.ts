import { builder } from "../builder.ts";

builder.prismaObject("Figure", {
  description: "A quantity a source states about an entity, such as GSEF's number of member cities.",
  fields: (t) => ({
    metric: t.exposeString("metric", { description: "Machine name of the quantity, e.g. `member-cities-and-networks`." }),
    label: t.exposeString("label", { description: "What the quantity is, in words." }),
    value: t.exposeFloat("value"),
    unit: t.exposeString("unit", { nullable: true }),
    asOf: t.expose("asOf", { type: "Date", nullable: true, description: "When the source says the quantity held." }),
    sources: t.relation("citations", { description: "The passages that state the figure." }),
  }),
});
