// What a contributor fills in for each kind of entity: the fields of Create<Kind>Input and
// <Kind>Patch (packages/api/schema.graphql), in the order a form shows them, with labels and
// hints in plain words. `description`, `aliases`, `key` and `sources` are common to every kind
// and drawn by the form itself. entity-fields.test.ts fails when this table and the schema
// disagree, so a field added to the API cannot be forgotten here.
import type { EntityKind } from "../../generated/gql/graphql.ts";

export type FieldType = "string" | "text" | "int" | "float" | "date" | "url" | "lines" | "enum" | "ref";

export interface FieldDef {
  name: string;
  label: string;
  hint?: string;
  type: FieldType;
  required?: boolean;
  /** Characters (string, text), items (lines). */
  maxLength?: number;
  min?: number;
  max?: number;
  /** The schema enum for `enum` fields. */
  enumName?: string;
  /** The kinds a `ref` field may point to. */
  refKinds?: EntityKind[];
  /** Starts a new group of the form, under this heading. */
  section?: string;
}

const DATE_HINT = "As precise as the source: 2019, 2019-08 or 2019-08-21.";

export const ENTITY_FORM_FIELDS: Record<EntityKind, FieldDef[]> = {
  SESSION: [
    { name: "title", label: "Title", type: "string", required: true, maxLength: 500 },
    { name: "subtitle", label: "Subtitle", hint: "Its motto or theme.", type: "string", maxLength: 500 },
    { name: "sessionKind", label: "Kind of event", type: "enum", enumName: "SessionKind", required: true },
    { name: "series", label: "Series", type: "string", maxLength: 300 },
    { name: "edition", label: "Edition", hint: "Its number within the series.", type: "int", min: 1, max: 10_000 },
    { name: "startDate", label: "First day", hint: DATE_HINT, type: "date", section: "When and where" },
    { name: "endDate", label: "Last day", hint: "Not before the first day.", type: "date" },
    { name: "applicationDeadline", label: "Application deadline", hint: DATE_HINT, type: "date" },
    { name: "city", label: "City", hint: "The city it was held in.", type: "ref", refKinds: ["CITY"] },
    { name: "country", label: "Country", hint: "Leave empty to use the city’s.", type: "ref", refKinds: ["COUNTRY"] },
    { name: "venue", label: "Venue", hint: "Where in the city.", type: "string", maxLength: 500 },
    { name: "partOf", label: "Part of", hint: "The congress or forum it was part of.", type: "ref", refKinds: ["SESSION"] },
    { name: "summary", label: "Summary", hint: "What happened.", type: "text", maxLength: 20_000, section: "What it was about" },
    { name: "objectives", label: "Objectives", hint: "One per line.", type: "lines", maxLength: 50 },
    { name: "keyQuestions", label: "Key questions", hint: "One per line.", type: "lines", maxLength: 50 },
    { name: "outcomes", label: "Outcomes", hint: "What came out of it.", type: "text", maxLength: 20_000 },
    { name: "language", label: "Working languages", hint: "Language tags, comma separated: en, fr, ko.", type: "string", maxLength: 60, section: "Who took part" },
    { name: "audience", label: "Audience", hint: "Whom it was for.", type: "string", maxLength: 500 },
    { name: "participantCount", label: "Participants", hint: "How many took part.", type: "int", min: 0, max: 10_000_000 },
    { name: "participantCountQualifier", label: "The count is", type: "enum", enumName: "CountQualifier" },
  ],
  PERSON: [
    { name: "name", label: "Name", hint: "As they write it: given name first unless they put the family name first.", type: "string", required: true, maxLength: 300 },
    { name: "honorific", label: "Honorific", hint: "Mr., Dr., Rev.…", type: "string", maxLength: 40 },
    { name: "givenName", label: "Given name(s)", type: "string", maxLength: 300 },
    { name: "familyName", label: "Family name", type: "string", maxLength: 300 },
    { name: "bio", label: "Biography", type: "text", maxLength: 20_000 },
  ],
  ORGANISATION: [
    { name: "name", label: "Name", hint: "In the organisation’s own usage.", type: "string", required: true, maxLength: 300 },
    { name: "acronym", label: "Acronym", hint: "E.g. KCCA.", type: "string", maxLength: 40 },
    { name: "organisationKind", label: "Kind of organisation", type: "enum", enumName: "OrganisationKind", required: true },
    { name: "city", label: "City", hint: "Its home city.", type: "ref", refKinds: ["CITY"], section: "Where to find it" },
    { name: "country", label: "Country", hint: "Leave empty to use the city’s.", type: "ref", refKinds: ["COUNTRY"] },
    { name: "website", label: "Website", hint: "http:// or https:// address.", type: "url" },
    { name: "address", label: "Postal address", type: "string", maxLength: 500 },
    { name: "phone", label: "Telephone", type: "string", maxLength: 60 },
    { name: "fax", label: "Fax", type: "string", maxLength: 60 },
  ],
  CITY: [
    { name: "name", label: "Name", hint: "In English usage.", type: "string", required: true, maxLength: 300 },
    { name: "country", label: "Country", type: "ref", refKinds: ["COUNTRY"], required: true },
    { name: "region", label: "Region", hint: "State, province or region.", type: "string", maxLength: 300 },
    { name: "latitude", label: "Latitude", hint: "Decimal degrees, −90 to 90.", type: "float", min: -90, max: 90, section: "On the map" },
    { name: "longitude", label: "Longitude", hint: "Decimal degrees, −180 to 180.", type: "float", min: -180, max: 180 },
  ],
  COUNTRY: [
    { name: "name", label: "Name", hint: "The short name in English.", type: "string", required: true, maxLength: 300 },
    { name: "code", label: "ISO code", hint: "ISO 3166-1 alpha-2, e.g. UG.", type: "string", required: true, maxLength: 2 },
    { name: "continent", label: "Continent", type: "enum", enumName: "Continent", required: true },
    { name: "region", label: "Sub-region", hint: "UN M49 sub-region, e.g. Eastern Africa.", type: "string", required: true, maxLength: 300 },
  ],
  RESOURCE: [
    { name: "title", label: "Title", type: "string", required: true, maxLength: 500 },
    { name: "resourceKind", label: "Kind of resource", type: "enum", enumName: "ResourceKind", required: true },
    { name: "date", label: "Published", hint: DATE_HINT, type: "date" },
    { name: "link", label: "Link", hint: "Where it can be found online.", type: "url" },
    { name: "language", label: "Language", hint: "A language tag: en, fr, ko.", type: "string", maxLength: 20 },
  ],
  THEME: [
    { name: "name", label: "Name", type: "string", required: true, maxLength: 300 },
    { name: "parent", label: "Broader theme", type: "ref", refKinds: ["THEME"] },
  ],
};

/** The input and patch type names of a kind (`CreateSessionInput`, `SessionPatch`). */
export const TYPE_NAME: Record<EntityKind, string> = {
  SESSION: "Session",
  PERSON: "Person",
  ORGANISATION: "Organisation",
  CITY: "City",
  COUNTRY: "Country",
  RESOURCE: "Resource",
  THEME: "Theme",
};

/** Kinds by the word in their addresses (`/session/...`). */
export function kindFromPath(word: string): EntityKind | null {
  const kind = word.toUpperCase();
  return kind in ENTITY_FORM_FIELDS ? (kind as EntityKind) : null;
}
