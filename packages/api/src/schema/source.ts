import { builder } from "../builder.ts";

builder.prismaObject("Source", {
  description: "A document that Agora's facts come from.",
  fields: (t) => ({
    key: t.exposeString("id", { description: "Stable key of the source." }),
    title: t.exposeString("title", { description: "The document's title." }),
    file: t.exposeString("file", { nullable: true, description: "Where the text is kept in Agora's repository (prisma/data/sources)." }),
    url: t.exposeString("url", { nullable: true, description: "Where the document is published." }),
    publisher: t.exposeString("publisher", { nullable: true, description: "Who published it." }),
    language: t.exposeString("language", { nullable: true, description: "Its language (BCP 47)." }),
  }),
});
