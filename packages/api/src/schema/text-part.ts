import { builder } from "../builder.ts";
import type { TextPart as Part } from "../search/highlight.ts";

export const TextPart = builder.objectRef<Part>("TextPart").implement({
  description: "A piece of a text, marked when the search query matched it: render matched parts highlighted.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The piece of text, verbatim." }),
    matched: t.exposeBoolean("matched", { description: "Whether the query matched it." }),
  }),
});
