// What the GraphQL types a SQL plan can answer mean in tables and columns: the same facts the
// Pothos types state through Prisma selections, written as SQL. A type or field missing here is
// simply not planned (its operation runs through graphql-js as before), and
// tests/api/sql-plans.test.ts asks every field listed here both ways and compares the answers,
// so a resolver changed without this table fails there.
//
// Aliases: an entity row is `e` (Entity) with `d` (its detail table); a link row is `l`. The SQL
// here must read the same on PostgreSQL and SQLite (sql-dialect.ts has what cannot).
import { TYPE_OF_KIND } from "../schema/entity-kind.ts";
import { TYPE_OF_LINK_TYPE } from "../schema/link.ts";

/** SQL aliases of the row an object is built from. */
export interface RowAliases {
  e: string;
  d: string;
  l: string;
}

export type FieldSql =
  /** A column or expression; enums are mapped from stored values to names by the planner. */
  | { kind: "value"; sql: (a: RowAliases) => string }
  /** A text column of one item per line, as a list without empty lines (schema/session.ts `lines`). */
  | { kind: "lines"; sql: (a: RowAliases) => string }
  /** The relay global ID of the row (type name and the row's id). */
  | { kind: "globalId" }
  /** The entity at one end of a link (a concrete entity type). */
  | { kind: "endpoint"; end: "sourceId" | "targetId" }
  /** A connection over live links of one type touching the entity, ordered by link id. */
  | { kind: "links"; direction: "in" | "out"; linkType: string };

export interface EntityVariant {
  kind: string;
  /** The detail table holding the variant's own columns. */
  detail: string;
  fields: Record<string, FieldSql>;
}

export interface LinkVariant {
  linkType: string;
  fields: Record<string, FieldSql>;
}

const q = (name: string) => `"${name}"`;
const entityColumn = (name: string): FieldSql => ({ kind: "value", sql: (a) => `${a.e}.${q(name)}` });
const detailColumn = (name: string): FieldSql => ({ kind: "value", sql: (a) => `${a.d}.${q(name)}` });
const linkColumn = (name: string): FieldSql => ({ kind: "value", sql: (a) => `${a.l}.${q(name)}` });
const detailColumns = (...names: string[]) => Object.fromEntries(names.map((n) => [n, detailColumn(n)]));
const lines = (name: string): FieldSql => ({ kind: "lines", sql: (a) => `${a.d}.${q(name)}` });
const links = (direction: "in" | "out", linkType: string): FieldSql => ({ kind: "links", direction, linkType });

/** Fields of the Entity interface, on every entity variant (schema/entity.ts). */
const ENTITY_FIELDS: Record<string, FieldSql> = {
  id: { kind: "globalId" },
  key: entityColumn("id"),
  kind: entityColumn("kind"),
  label: entityColumn("label"),
  description: entityColumn("description"),
  url: { kind: "value", sql: (a) => `'/' || lower(CAST(${a.e}."kind" AS text)) || '/' || ${a.e}."id"` },
  version: entityColumn("version"),
  connectionCount: entityColumn("degree"),
};

/** Fields of the Link interface, on every link variant (schema/link.ts). */
const LINK_FIELDS: Record<string, FieldSql> = {
  id: { kind: "globalId" },
  linkId: linkColumn("id"),
  version: linkColumn("version"),
  type: linkColumn("type"),
  roleName: linkColumn("role"),
  capacity: linkColumn("capacity"),
  startDate: linkColumn("startDate"),
  endDate: linkColumn("endDate"),
  asOf: linkColumn("asOf"),
  note: linkColumn("note"),
};

/** The variants keyed by GraphQL type: each entity type's rows are the Entity rows of its kind, its own columns are in the table of its name. */
const entityVariants = (own: Record<string, Record<string, FieldSql>>): Record<string, EntityVariant> => {
  const kindOf = Object.fromEntries(Object.entries(TYPE_OF_KIND).map(([kind, type]) => [type, kind]));
  return Object.fromEntries(Object.entries(own).map(([type, fields]) => [type, { kind: kindOf[type]!, detail: type, fields: { ...ENTITY_FIELDS, ...fields } }]));
};

/** The variants keyed by GraphQL type: each link type's rows are the Link rows of its type. */
const linkVariants = (own: Record<string, Record<string, FieldSql>>): Record<string, LinkVariant> => {
  const linkTypeOf = Object.fromEntries(Object.entries(TYPE_OF_LINK_TYPE).map(([linkType, type]) => [type, linkType]));
  return Object.fromEntries(Object.entries(own).map(([type, fields]) => [type, { linkType: linkTypeOf[type]!, fields: { ...LINK_FIELDS, ...fields } }]));
};

/** Each entity type's own fields, beside the Entity interface's. */
export const ENTITY_VARIANTS = entityVariants({
  Session: {
    ...detailColumns("title", "subtitle", "series", "edition", "startDate", "endDate", "venue", "summary", "outcomes", "language", "audience"),
    ...detailColumns("participantCount", "participantCountQualifier", "applicationDeadline"),
    sessionKind: detailColumn("kind"),
    objectives: lines("objectives"),
    keyQuestions: lines("keyQuestions"),
    participants: links("in", "PARTICIPATION"),
    organisations: links("in", "ORGANISATION_ROLE"),
    resources: links("in", "RESOURCE_LINK"),
    themes: links("out", "THEME_TAG"),
    mentions: links("out", "MENTION"),
  },
  Person: {
    ...detailColumns("name", "honorific", "givenName", "familyName", "bio"),
    participations: links("out", "PARTICIPATION"),
    affiliations: links("out", "AFFILIATION"),
    resources: links("in", "RESOURCE_LINK"),
    mentionedIn: links("in", "MENTION"),
  },
  Organisation: {
    ...detailColumns("name", "acronym", "website", "address", "phone", "fax"),
    organisationKind: detailColumn("kind"),
    sessionRoles: links("out", "ORGANISATION_ROLE"),
    people: links("in", "AFFILIATION"),
    memberships: links("out", "MEMBERSHIP"),
    members: links("in", "MEMBERSHIP"),
    resources: links("in", "RESOURCE_LINK"),
    themes: links("out", "THEME_TAG"),
  },
  // latitude and longitude are left to graphql-js: SQLite's JSON writes a REAL with 15
  // significant digits, JavaScript with as many as it takes to read the same number back.
  City: { ...detailColumns("name", "region"), memberships: links("out", "MEMBERSHIP") },
  Country: detailColumns("code", "name", "continent", "region"),
  Resource: {
    ...detailColumns("title", "language", "date"),
    resourceKind: detailColumn("kind"),
    link: detailColumn("url"),
    links: links("out", "RESOURCE_LINK"),
    themes: links("out", "THEME_TAG"),
  },
  Theme: { ...detailColumns("name"), tagged: links("in", "THEME_TAG") },
});

const source: FieldSql = { kind: "endpoint", end: "sourceId" };
const target: FieldSql = { kind: "endpoint", end: "targetId" };

/** Each link type's own fields, beside the Link interface's. */
export const LINK_VARIANTS = linkVariants({
  Participation: { role: linkColumn("role"), person: source, session: target },
  Affiliation: { position: { kind: "value", sql: (a) => `COALESCE(${a.l}."capacity", '')` }, person: source, organisation: target },
  OrganisationRole: { role: linkColumn("role"), organisation: source, session: target },
  // Ends typed as the Entity interface (a member, a tagged or mentioned entity) have no plan yet.
  Membership: { role: linkColumn("role"), network: target },
  ResourceLink: { role: linkColumn("role"), resource: source },
  ThemeTag: { theme: target },
  Mention: {},
});

/** Root lists (schema/lists.ts) a plan answers when no `filter` is given. */
export const ROOT_LISTS: Record<string, { type: string; defaultOrder: "NAME" | "DATE" }> = {
  sessions: { type: "Session", defaultOrder: "DATE" },
  people: { type: "Person", defaultOrder: "NAME" },
  organisations: { type: "Organisation", defaultOrder: "NAME" },
  cities: { type: "City", defaultOrder: "NAME" },
  countries: { type: "Country", defaultOrder: "NAME" },
  resources: { type: "Resource", defaultOrder: "DATE" },
  themes: { type: "Theme", defaultOrder: "NAME" },
};
