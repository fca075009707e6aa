// The GraphQL inputs for entity edits, generated from @agora/db's ENTITY_FIELDS (the table the
// validator also reads): Create<Kind>Input with required fields required, <Kind>Patch with
// everything optional (null clears a field).
import { ENTITY_FIELDS, type EntityKindName, type FieldSpec } from "@agora/db";
import { builder } from "../../builder.ts";
import { AliasKind } from "../alias.ts";
import { Continent } from "../country.ts";
import { OrganisationKind } from "../organisation.ts";
import { ResourceKind } from "../resource.ts";
import { SessionKind } from "../session.ts";

const CountQualifier = builder.enumType("CountQualifier", {
  description: "How a source qualifies a count.",
  values: { over: { description: "More than the number." }, around: { description: "About the number." }, exactly: { description: "Exactly the number." } } as const,
});

const ENUMS: Record<string, object> = { Continent, OrganisationKind, ResourceKind, SessionKind, CountQualifier };

export const AliasInput = builder.inputType("AliasInput", {
  description: "Another name of the entity.",
  fields: (t) => ({
    name: t.string({ required: true, description: "The other name, as written." }),
    kind: t.field({ type: AliasKind, required: true, description: "How it relates to the main name." }),
  }),
});

const NewSourceInput = builder.inputType("NewSourceInput", {
  description: "A source not yet in Agora.",
  fields: (t) => ({
    title: t.string({ required: true, description: "The document's title." }),
    url: t.string({ description: "Where it is published." }),
    publisher: t.string({ description: "Who published it." }),
  }),
});

export const CitationInput = builder.inputType("CitationInput", {
  description: "Provenance of a new fact: a source (existing, by key, or new) and the passage of it that states the fact.",
  fields: (t) => ({
    source: t.string({ description: "Key of a source already in Agora (see `sources` on any entity)." }),
    newSource: t.field({ type: NewSourceInput, description: "Or a new source." }),
    passage: t.string({ description: "The source's words that state the fact, verbatim." }),
  }),
});

function fieldType(spec: FieldSpec): unknown {
  switch (spec.type) {
    case "string":
    case "text":
    case "url":
    case "ref":
      return "String";
    case "int":
      return "Int";
    case "float":
      return "Float";
    case "date":
      return "Date";
    case "lines":
      return ["String"];
    case "enum":
      return ENUMS[spec.name];
  }
}

const TYPE_NAME: Record<EntityKindName, string> = {
  PERSON: "Person",
  COUNTRY: "Country",
  CITY: "City",
  ORGANISATION: "Organisation",
  SESSION: "Session",
  RESOURCE: "Resource",
  THEME: "Theme",
};

function inputFor(kind: EntityKindName, mode: "create" | "patch") {
  const typeName = TYPE_NAME[kind];
  return builder.inputType(mode === "create" ? `Create${typeName}Input` : `${typeName}Patch`, {
    description:
      mode === "create"
        ? `A new ${typeName.toLowerCase()}, with the sources that state it.`
        : `Changes to a ${typeName.toLowerCase()}: only the fields given change; null clears an optional field.`,
    fields: (t) =>
      ({
        ...Object.fromEntries(
          Object.entries(ENTITY_FIELDS[kind]).map(([name, spec]) => [
            name,
            t.field({ type: fieldType(spec) as never, required: mode === "create" && !!spec.required, description: spec.description }),
          ]),
        ),
        description: t.string({ description: "A short description." }),
        aliases: t.field({ type: [AliasInput], description: mode === "create" ? "Other names." : "Other names: the whole new list, replacing the old." }),
        ...(mode === "create"
          ? {
              key: t.string({ description: "The key (slug) it will have; made from the name when omitted." }),
              sources: t.field({ type: [CitationInput], required: true, description: "The sources that state it: at least one." }),
            }
          : { sources: t.field({ type: [CitationInput], description: "Sources for the changed facts." }) }),
      }) as never,
  });
}

export const ENTITY_INPUTS = Object.fromEntries(
  (Object.keys(ENTITY_FIELDS) as EntityKindName[]).map((kind) => [kind, { create: inputFor(kind, "create"), patch: inputFor(kind, "patch"), typeName: TYPE_NAME[kind] }]),
) as Record<EntityKindName, { create: object; patch: object; typeName: string }>;
