// What a contributor may write for each kind of entity: one table that both the validator
// (validate-entity.ts) and the GraphQL input types (packages/api) are built from, so the two
// can never disagree. Names are the GraphQL field names; `column` is the detail-table column.
import { AliasKind, Continent, OrganisationKind, ResourceKind, SessionKind } from "../../generated/sqlite/enums.ts";

export type EntityKindName = "PERSON" | "COUNTRY" | "CITY" | "ORGANISATION" | "SESSION" | "RESOURCE" | "THEME";

export type FieldType =
  | { type: "string"; max: number }
  | { type: "text"; max: number }
  | { type: "int"; min: number; max: number }
  | { type: "float"; min: number; max: number }
  | { type: "date" }
  | { type: "url" }
  | { type: "lines"; max: number }
  | { type: "enum"; name: string; values: readonly string[] }
  | { type: "ref"; kinds: readonly EntityKindName[] };

export type FieldSpec = FieldType & {
  column: string;
  required?: boolean;
  /** The field the entity's label is made of. */
  label?: boolean;
  /** Also findable by search (beyond label, aliases and description). */
  searchable?: boolean;
  description: string;
};

const name = (description: string): FieldSpec => ({ type: "string", max: 300, column: "name", required: true, label: true, description });
const text = (column: string, description: string, searchable = false): FieldSpec => ({ type: "text", max: 20_000, column, searchable, description });
const str = (column: string, description: string, max = 300, searchable = false): FieldSpec => ({ type: "string", max, column, searchable, description });
const date = (column: string, description: string): FieldSpec => ({ type: "date", column, description });
const ref = (column: string, kinds: EntityKindName[], description: string): FieldSpec => ({ type: "ref", kinds, column, description });
const enumOf = (column: string, enumName: string, values: Record<string, string>, description: string, required = false): FieldSpec => ({
  type: "enum",
  name: enumName,
  values: Object.values(values),
  column,
  required,
  description,
});

export const ENTITY_FIELDS: Record<EntityKindName, Record<string, FieldSpec>> = {
  PERSON: {
    name: name("The person's name as they write it, given name first unless they put the family name first."),
    honorific: str("honorific", "Title before the name, e.g. `Mr.`, `Dr.`, `Rev.`.", 40, true),
    givenName: str("givenName", "Given name(s)."),
    familyName: str("familyName", "Family name."),
    bio: text("bio", "A short biography.", true),
  },
  COUNTRY: {
    name: name("The country's short name in English."),
    code: { type: "string", max: 2, column: "code", required: true, searchable: true, description: "ISO 3166-1 alpha-2 code, e.g. `UG`." },
    continent: enumOf("continent", "Continent", Continent, "The continent it lies on.", true),
    region: { ...str("region", "UN M49 sub-region, e.g. \"Eastern Africa\"."), required: true },
  },
  CITY: {
    name: name("The city's name in English usage."),
    country: { ...ref("countryId", ["COUNTRY"], "Key of its country."), required: true },
    region: str("region", "State, province or region.", 300, true),
    latitude: { type: "float", min: -90, max: 90, column: "latitude", description: "Latitude in decimal degrees." },
    longitude: { type: "float", min: -180, max: 180, column: "longitude", description: "Longitude in decimal degrees." },
  },
  ORGANISATION: {
    name: name("The organisation's name in its own usage."),
    acronym: str("acronym", "Its acronym, e.g. `KCCA`.", 40, true),
    organisationKind: enumOf("kind", "OrganisationKind", OrganisationKind, "What kind of organisation it is.", true),
    city: ref("cityId", ["CITY"], "Key of its home city."),
    country: ref("countryId", ["COUNTRY"], "Key of its home country (the city's when omitted)."),
    website: { type: "url", column: "website", description: "Its website (http or https)." },
    address: str("address", "Postal address.", 500),
    phone: str("phone", "Telephone number.", 60),
    fax: str("fax", "Fax number.", 60),
  },
  SESSION: {
    title: { type: "string", max: 500, column: "title", required: true, label: true, description: "The session's title." },
    subtitle: str("subtitle", "Its motto or theme.", 500, true),
    sessionKind: enumOf("kind", "SessionKind", SessionKind, "What kind of event it is.", true),
    series: str("series", "The series it belongs to.", 300, true),
    edition: { type: "int", min: 1, max: 10_000, column: "edition", description: "Its number within the series." },
    startDate: date("startDate", "First day (`2019`, `2019-08` or `2019-08-21`)."),
    endDate: date("endDate", "Last day; not before the start."),
    venue: str("venue", "Where in the city.", 500),
    city: ref("cityId", ["CITY"], "Key of the city it was held in."),
    country: ref("countryId", ["COUNTRY"], "Key of the country (the city's when omitted)."),
    partOf: ref("parentId", ["SESSION"], "Key of the congress or forum it was part of."),
    summary: text("summary", "What happened.", true),
    objectives: { type: "lines", max: 50, column: "objectives", description: "What it set out to achieve, one per item." },
    keyQuestions: { type: "lines", max: 50, column: "keyQuestions", description: "The questions it discussed." },
    outcomes: text("outcomes", "What came out of it."),
    language: str("language", "Working language(s), BCP 47, comma separated.", 60),
    audience: str("audience", "Whom it was for.", 500),
    participantCount: { type: "int", min: 0, max: 10_000_000, column: "participantCount", description: "How many took part." },
    participantCountQualifier: enumOf("participantCountQualifier", "CountQualifier", { over: "over", around: "around", exactly: "exactly" }, "How the count is qualified."),
    applicationDeadline: date("applicationDeadline", "Last day to apply."),
  },
  RESOURCE: {
    title: { type: "string", max: 500, column: "title", required: true, label: true, description: "The resource's title." },
    resourceKind: enumOf("kind", "ResourceKind", ResourceKind, "What kind of resource it is.", true),
    language: str("language", "BCP 47 language tag.", 20),
    link: { type: "url", column: "url", description: "Where it can be found online." },
    date: date("date", "When it was published."),
  },
  THEME: {
    name: name("The theme's name."),
    parent: ref("parentId", ["THEME"], "Key of the broader theme."),
  },
};

export const ALIAS_KINDS = Object.values(AliasKind);

/** Kinds a link of each type may join, source first (as the seed's data model has them). */
export const LINK_ENDS: Record<string, { source: readonly EntityKindName[]; target: readonly EntityKindName[] }> = {
  PARTICIPATION: { source: ["PERSON"], target: ["SESSION"] },
  ORGANISATION_ROLE: { source: ["ORGANISATION"], target: ["SESSION"] },
  AFFILIATION: { source: ["PERSON"], target: ["ORGANISATION"] },
  MEMBERSHIP: { source: ["ORGANISATION", "CITY"], target: ["ORGANISATION"] },
  RESOURCE_LINK: { source: ["RESOURCE"], target: ["PERSON", "COUNTRY", "CITY", "ORGANISATION", "SESSION", "RESOURCE", "THEME"] },
  THEME_TAG: { source: ["SESSION", "RESOURCE", "ORGANISATION", "PERSON"], target: ["THEME"] },
  MENTION: { source: ["SESSION"], target: ["PERSON", "COUNTRY", "CITY", "ORGANISATION", "SESSION", "RESOURCE", "THEME"] },
};
