// The shape of the curated YAML files under prisma/data. Strict objects: a misspelt key is an
// error, not a silently dropped fact.
import { z } from "zod";

export const LINK_ROLES = {
  PARTICIPATION: [
    "speaker",
    "moderator",
    "lecturer",
    "trainer",
    "panellist",
    "presenter",
    "participant",
    "delegate",
    "host",
    "courtesy-call-host",
  ],
  ORGANISATION_ROLE: [
    "organiser",
    "co-organiser",
    "partner",
    "host",
    "funder",
    "contributor",
    "inviter",
    "participant",
  ],
  AFFILIATION: ["position"],
  MEMBERSHIP: ["member", "chair", "co-chair", "vice-chair", "steering-committee-member"],
  RESOURCE_LINK: ["about", "author", "publisher", "subject", "interviewee", "speaker"],
  THEME_TAG: ["tag"],
  MENTION: ["mention"],
} as const;

export type LinkTypeName = keyof typeof LINK_ROLES;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case, hyphenated slug such as 'laurence-kwark'");
const isoDate = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD");
const text = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !/\[\[\{|field_file_|<\/?[a-z]+[\s>]/i.test(s), "contains CMS markup");

export const citationSchema = z.strictObject({
  doc: slug,
  quote: text.optional(),
});
const sources = z.array(citationSchema).min(1, "every fact needs at least one source");

const aliasSchema = z.strictObject({
  name: text,
  kind: z.enum([
    "spelling-variant",
    "misspelling",
    "name-order",
    "acronym",
    "short-name",
    "full-name",
    "translation",
  ]),
});

const figureSchema = z.strictObject({
  metric: slug,
  label: text,
  value: z.number(),
  unit: text.optional(),
  asOf: isoDate.optional(),
  sources,
});

const base = {
  id: slug,
  description: text.optional(),
  aliases: z.array(aliasSchema).default([]),
  figures: z.array(figureSchema).default([]),
  sources,
};

const period = {
  start: isoDate.optional(),
  end: isoDate.optional(),
  asOf: isoDate.optional(),
};

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  file: z.string().optional(),
  url: z.url().optional(),
  publisher: slug.optional(),
  language: z.string().optional(),
});

export const countrySchema = z.strictObject({
  ...base,
  code: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
  name: text,
  continent: z.enum(["AFRICA", "ASIA", "EUROPE", "NORTH_AMERICA", "SOUTH_AMERICA", "OCEANIA"]),
  region: text,
});

const membershipSchema = z.strictObject({
  network: slug,
  role: z.enum(LINK_ROLES.MEMBERSHIP),
  capacity: text.optional(),
  note: text.optional(),
  ...period,
  sources,
});

export const citySchema = z.strictObject({
  ...base,
  name: text,
  country: slug,
  region: text.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  memberships: z.array(membershipSchema).default([]),
});

export const themeSchema = z.strictObject({
  ...base,
  name: text,
  parent: slug.optional(),
});

export const organisationSchema = z.strictObject({
  ...base,
  name: text,
  acronym: text.optional(),
  kind: z.enum([
    "LOCAL_GOVERNMENT",
    "NATIONAL_GOVERNMENT",
    "PUBLIC_BODY",
    "TRADITIONAL_AUTHORITY",
    "LOCAL_GOVERNMENT_NETWORK",
    "SSE_NETWORK",
    "INTERNATIONAL_ORGANISATION",
    "NGO",
    "FAITH_BASED_ORGANISATION",
    "COOPERATIVE",
    "SOCIAL_FINANCE",
    "BUSINESS_SUPPORT",
    "TRADE_UNION",
    "ACADEMIC",
    "RESEARCH_INSTITUTE",
    "TRAINING_INSTITUTE",
    "FOUNDATION",
    "COMPANY",
    "OTHER",
  ]),
  city: slug.optional(),
  country: slug.optional(),
  website: z.url().optional(),
  address: text.optional(),
  phone: text.optional(),
  fax: text.optional(),
  themes: z.array(slug).default([]),
  memberships: z.array(membershipSchema).default([]),
});

export const personSchema = z.strictObject({
  ...base,
  name: text,
  honorific: text.optional(),
  givenName: text.optional(),
  familyName: text.optional(),
  bio: text.optional(),
  affiliations: z
    .array(
      z.strictObject({
        organisation: slug,
        position: text,
        note: text.optional(),
        ...period,
        sources,
      }),
    )
    .default([]),
});

export const sessionSchema = z.strictObject({
  ...base,
  title: text,
  subtitle: text.optional(),
  kind: z.enum([
    "FORUM",
    "TRAINING",
    "LEARNING_SESSION",
    "ACADEMY",
    "WORKSHOP",
    "LECTURE",
    "CONGRESS",
    "CONGRESS_SESSION",
    "POLICY_DIALOGUE",
    "MEETING",
  ]),
  series: text.optional(),
  edition: z.number().int().positive().optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  venue: text.optional(),
  city: slug.optional(),
  country: slug.optional(),
  partOf: slug.optional(),
  summary: text.optional(),
  objectives: z.array(text).default([]),
  keyQuestions: z.array(text).default([]),
  outcomes: text.optional(),
  language: z.string().optional(),
  audience: text.optional(),
  participantCount: z.number().int().positive().optional(),
  participantCountQualifier: z.enum(["over", "around", "exactly"]).optional(),
  applicationDeadline: isoDate.optional(),
  themes: z.array(slug).default([]),
  organisations: z
    .array(
      z.strictObject({
        organisation: slug,
        role: z.enum(LINK_ROLES.ORGANISATION_ROLE),
        note: text.optional(),
        sources,
      }),
    )
    .default([]),
  participants: z
    .array(
      z.strictObject({
        person: slug,
        role: z.enum(LINK_ROLES.PARTICIPATION),
        capacity: text.optional(),
        note: text.optional(),
        sources,
      }),
    )
    .default([]),
  mentions: z
    .array(z.strictObject({ entity: slug, note: text.optional(), sources }))
    .default([]),
});

export const resourceSchema = z.strictObject({
  ...base,
  title: text,
  kind: z.enum([
    "REPORT",
    "DECLARATION",
    "PRESS_RELEASE",
    "INTERVIEW",
    "MESSAGE",
    "PHOTO_GALLERY",
    "VIDEO",
    "PRESENTATION",
    "PUBLICATION",
    "WEB_PAGE",
  ]),
  language: z.string().optional(),
  url: z.url().optional(),
  date: isoDate.optional(),
  themes: z.array(slug).default([]),
  links: z
    .array(
      z.strictObject({
        entity: slug,
        role: z.enum(LINK_ROLES.RESOURCE_LINK),
        note: text.optional(),
        sources,
      }),
    )
    .default([]),
});

export const datasetSchema = {
  sources: z.array(sourceSchema),
  countries: z.array(countrySchema),
  cities: z.array(citySchema),
  themes: z.array(themeSchema),
  organisations: z.array(organisationSchema),
  people: z.array(personSchema),
  sessions: z.array(sessionSchema),
  resources: z.array(resourceSchema),
} as const;

export type DatasetFile = keyof typeof datasetSchema;
export type Dataset = { [K in DatasetFile]: z.output<(typeof datasetSchema)[K]> };
