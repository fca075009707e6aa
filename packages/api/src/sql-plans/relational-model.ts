// What the GraphQL types a SQL plan can answer mean in tables and columns: the same facts the
// Pothos types state through Prisma selections, written as SQL. A type or field missing here is
// simply not planned (its operation runs through graphql-js as before), and
// tests/api/sql-plans.test.ts asks every field listed here both ways and compares the answers,
// so a resolver changed without this table fails there.
//
// Aliases: an entity row is `e` (Entity) with `d` (its detail table); a link row is `l`. The SQL
// here must read the same on PostgreSQL and SQLite (sql-dialect.ts has what cannot).

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

export const ENTITY_VARIANTS: Record<string, EntityVariant> = {
  Session: {
    kind: "SESSION",
    detail: "Session",
    fields: {
      ...ENTITY_FIELDS,
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
  },
  Person: {
    kind: "PERSON",
    detail: "Person",
    fields: {
      ...ENTITY_FIELDS,
      ...detailColumns("name", "honorific", "givenName", "familyName", "bio"),
      participations: links("out", "PARTICIPATION"),
      affiliations: links("out", "AFFILIATION"),
      resources: links("in", "RESOURCE_LINK"),
      mentionedIn: links("in", "MENTION"),
    },
  },
  Organisation: {
    kind: "ORGANISATION",
    detail: "Organisation",
    fields: {
      ...ENTITY_FIELDS,
      ...detailColumns("name", "acronym", "website", "address", "phone", "fax"),
      organisationKind: detailColumn("kind"),
      sessionRoles: links("out", "ORGANISATION_ROLE"),
      people: links("in", "AFFILIATION"),
      memberships: links("out", "MEMBERSHIP"),
      members: links("in", "MEMBERSHIP"),
      resources: links("in", "RESOURCE_LINK"),
      themes: links("out", "THEME_TAG"),
    },
  },
  City: {
    kind: "CITY",
    detail: "City",
    // latitude and longitude are left to graphql-js: SQLite's JSON writes a REAL with 15
    // significant digits, JavaScript with as many as it takes to read the same number back.
    fields: { ...ENTITY_FIELDS, ...detailColumns("name", "region"), memberships: links("out", "MEMBERSHIP") },
  },
  Country: {
    kind: "COUNTRY",
    detail: "Country",
    fields: { ...ENTITY_FIELDS, ...detailColumns("code", "name", "continent", "region") },
  },
  Resource: {
    kind: "RESOURCE",
    detail: "Resource",
    fields: {
      ...ENTITY_FIELDS,
      ...detailColumns("title", "language", "date"),
      resourceKind: detailColumn("kind"),
      link: detailColumn("url"),
      links: links("out", "RESOURCE_LINK"),
      themes: links("out", "THEME_TAG"),
    },
  },
  Theme: {
    kind: "THEME",
    detail: "Theme",
    fields: { ...ENTITY_FIELDS, ...detailColumns("name"), tagged: links("in", "THEME_TAG") },
  },
};

export const LINK_VARIANTS: Record<string, LinkVariant> = {
  Participation: {
    linkType: "PARTICIPATION",
    fields: { ...LINK_FIELDS, role: linkColumn("role"), person: { kind: "endpoint", end: "sourceId" }, session: { kind: "endpoint", end: "targetId" } },
  },
  Affiliation: {
    linkType: "AFFILIATION",
    fields: {
      ...LINK_FIELDS,
      position: { kind: "value", sql: (a) => `COALESCE(${a.l}."capacity", '')` },
      person: { kind: "endpoint", end: "sourceId" },
      organisation: { kind: "endpoint", end: "targetId" },
    },
  },
  OrganisationRole: {
    linkType: "ORGANISATION_ROLE",
    fields: { ...LINK_FIELDS, role: linkColumn("role"), organisation: { kind: "endpoint", end: "sourceId" }, session: { kind: "endpoint", end: "targetId" } },
  },
  // Ends typed as the Entity interface (a member, a tagged or mentioned entity) have no plan yet.
  Membership: { linkType: "MEMBERSHIP", fields: { ...LINK_FIELDS, role: linkColumn("role"), network: { kind: "endpoint", end: "targetId" } } },
  ResourceLink: { linkType: "RESOURCE_LINK", fields: { ...LINK_FIELDS, role: linkColumn("role"), resource: { kind: "endpoint", end: "sourceId" } } },
  ThemeTag: { linkType: "THEME_TAG", fields: { ...LINK_FIELDS, theme: { kind: "endpoint", end: "targetId" } } },
  Mention: { linkType: "MENTION", fields: { ...LINK_FIELDS } },
};

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
