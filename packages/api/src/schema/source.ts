import { builder } from "../builder.ts";

builder.prismaObject("Source", {
  description: "A document that Agora's facts come from.",
  fields: (t) => ({
    key: t.exposeString("id", { description: "Stable key of the source." }),
    title: t.exposeString("title"),
    file: t.exposeString("file", { nullable: true, description: "Where the text is kept in Agora's repository (prisma/data/sources)." }),
    url: t.exposeString("url", { nullable: true }),
    publisher: t.exposeString("publisher", { nullable: true }),
    language: t.exposeString("language", { nullable: true }),
  }),
});
