import { builder } from "../builder.ts";

export const AliasKind = builder.enumType("AliasKind", {
  description: "How an alias relates to the entity's own name.",
  values: {
    SPELLING_VARIANT: { description: "Another spelling or capitalisation." },
    MISSPELLING: { description: "A misspelling found in a source, kept so that searches for it succeed." },
    NAME_ORDER: { description: "The same name in another order (family name first or last)." },
    ACRONYM: { description: "An acronym or initialism." },
    SHORT_NAME: { description: "A shorter form of the name." },
    FULL_NAME: { description: "A fuller form of the name, with titles or all parts." },
    TRANSLATION: { description: "The name in another language." },
  } as const,
});

builder.prismaObject("Alias", {
  description: "Another name under which an entity appears.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The other name, as the source writes it." }),
    kind: t.expose("kind", { type: AliasKind, description: "How it relates to the entity's own name." }),
  }),
});
