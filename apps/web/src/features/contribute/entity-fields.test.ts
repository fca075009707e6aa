// The forms' field table and link table against the published schema (through the generated
// introspection): a field added to, renamed in or removed from the API fails here, not in use.
import { describe, expect, it } from "vitest";
import introspection from "../../generated/introspection.json";
import { ENTITY_KINDS } from "../../lib/vocabulary.ts";
import { ENTITY_FORM_FIELDS, TYPE_NAME, type FieldType } from "./entity-fields.ts";
import { LINK_TYPES } from "./link-types.ts";

interface TypeRef {
  kind: string;
  name?: string | null;
  ofType?: TypeRef | null;
}
interface InputType {
  name: string;
  kind: string;
  inputFields?: { name: string; type: TypeRef }[] | null;
  enumValues?: { name: string }[] | null;
}
const types = introspection.__schema.types as InputType[];
const type = (name: string) => {
  const found = types.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no type ${name} in the schema`);
  return found;
};
const named = (ref: TypeRef): string => (ref.ofType ? named(ref.ofType) : (ref.name ?? ""));
const isList = (ref: TypeRef): boolean => ref.kind === "LIST" || (!!ref.ofType && isList(ref.ofType));

// What each field type of the table must be in GraphQL.
const GRAPHQL_TYPE: Record<FieldType, (ref: TypeRef) => boolean> = {
  string: (ref) => named(ref) === "String" && !isList(ref),
  text: (ref) => named(ref) === "String" && !isList(ref),
  url: (ref) => named(ref) === "String" && !isList(ref),
  ref: (ref) => named(ref) === "String" && !isList(ref),
  int: (ref) => named(ref) === "Int",
  float: (ref) => named(ref) === "Float",
  date: (ref) => named(ref) === "Date",
  lines: (ref) => named(ref) === "String" && isList(ref),
  enum: () => true,
};
const COMMON = ["aliases", "description", "key", "sources"];

describe("the entity forms' field table", () => {
  for (const kind of ENTITY_KINDS) {
    it(`has every field of Create${TYPE_NAME[kind]}Input and ${TYPE_NAME[kind]}Patch, with their types (${kind})`, () => {
      const create = type(`Create${TYPE_NAME[kind]}Input`).inputFields!;
      const patch = type(`${TYPE_NAME[kind]}Patch`).inputFields!;
      const table = ENTITY_FORM_FIELDS[kind];
      expect(table.map((field) => field.name).sort()).toEqual(create.map((field) => field.name).filter((name) => !COMMON.includes(name)).sort());
      expect(patch.map((field) => field.name).filter((name) => !COMMON.includes(name)).sort()).toEqual(table.map((field) => field.name).sort());
      for (const field of table) {
        const input = create.find((candidate) => candidate.name === field.name)!;
        expect(GRAPHQL_TYPE[field.type](input.type), `${kind}.${field.name} is ${named(input.type)}`).toBe(true);
        expect(!!field.required, `${kind}.${field.name} required`).toBe(input.type.kind === "NON_NULL");
        if (field.type === "enum") expect(named(input.type)).toBe(field.enumName);
      }
    });
  }
});

describe("the link table", () => {
  const ROLE_ENUMS = { PARTICIPATION: "ParticipationRole", ORGANISATION_ROLE: "OrganisationRoleKind", MEMBERSHIP: "MembershipRole", RESOURCE_LINK: "ResourceLinkRole" } as const;

  it("covers every link type of the schema", () => {
    expect(Object.keys(LINK_TYPES).sort()).toEqual(type("LinkType").enumValues!.map((value) => value.name).sort());
  });

  for (const [linkType, enumName] of Object.entries(ROLE_ENUMS)) {
    it(`offers the roles of ${enumName} for ${linkType}`, () => {
      const fromSchema = type(enumName).enumValues!.map((value) => value.name.toLowerCase().replace(/_/g, "-"));
      expect([...LINK_TYPES[linkType as keyof typeof ROLE_ENUMS].roles].sort()).toEqual(fromSchema.sort());
    });
  }
});
