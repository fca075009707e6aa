import { builder } from "../builder.ts";

builder.prismaObject("Citation", {
  description: "Provenance of one fact: the source and the passage of it that states the fact.",
  fields: (t) => ({
    source: t.relation("source", { description: "The document the passage comes from." }),
    passage: t.exposeString("passage", {
      nullable: true,
      description: "The source's words, verbatim. Empty for reference data (ISO codes, coordinates).",
    }),
  }),
});
