// The knobs of the synthetic network: how its entities and links are spread over kinds, types
// and roles, and over time. Weights are relative; shares of links add up to 1.
import type { LinkTypeName } from "../seed/data-schema.ts";

/** Share of all links per type; each person, session and resource's first link counts towards it. */
export const LINK_SHARES: Record<LinkTypeName, number> = {
  PARTICIPATION: 0.48,
  ORGANISATION_ROLE: 0.1,
  AFFILIATION: 0.08,
  MEMBERSHIP: 0.04,
  RESOURCE_LINK: 0.08,
  THEME_TAG: 0.13,
  MENTION: 0.09,
};

export const SESSION_KINDS: [string, number][] = [
  ["TRAINING", 18], ["WORKSHOP", 20], ["LEARNING_SESSION", 14], ["LECTURE", 10], ["POLICY_DIALOGUE", 8],
  ["MEETING", 10], ["CONGRESS_SESSION", 12], ["ACADEMY", 3],
];
/** Share of sessions that are forums or congresses, generated first so their sessions can point to them. */
export const PARENT_SHARE = 0.05;
/** How many times more links a session of this kind draws than others (a forum draws crowds). */
export const SESSION_PULL: Record<string, number> = { FORUM: 8, CONGRESS: 6, ACADEMY: 3, TRAINING: 2, CONGRESS_SESSION: 1.5 };
/** Chance that a session of this kind belongs to a series. */
export const IN_SERIES: Record<string, number> = { FORUM: 0.7, ACADEMY: 0.8, TRAINING: 0.3, LEARNING_SESSION: 0.25, POLICY_DIALOGUE: 0.2 };
export const SERIES_NAMES: Record<string, string> = {
  FORUM: "Social Economy Forum",
  ACADEMY: "SSE Academy",
  TRAINING: "Training Programme",
  LEARNING_SESSION: "Learning Series",
  POLICY_DIALOGUE: "Policy Dialogues",
};

export const ORGANISATION_KINDS: [string, number][] = [
  ["LOCAL_GOVERNMENT", 15], ["NATIONAL_GOVERNMENT", 3], ["PUBLIC_BODY", 5], ["TRADITIONAL_AUTHORITY", 1],
  ["LOCAL_GOVERNMENT_NETWORK", 2], ["SSE_NETWORK", 4], ["INTERNATIONAL_ORGANISATION", 2], ["NGO", 18],
  ["FAITH_BASED_ORGANISATION", 2], ["COOPERATIVE", 15], ["SOCIAL_FINANCE", 6], ["BUSINESS_SUPPORT", 5],
  ["TRADE_UNION", 2], ["ACADEMIC", 8], ["RESEARCH_INSTITUTE", 4], ["TRAINING_INSTITUTE", 3], ["FOUNDATION", 3],
  ["COMPANY", 1], ["OTHER", 1],
];
/** Organisations that others join as members. */
export const NETWORK_KINDS = new Set(["LOCAL_GOVERNMENT_NETWORK", "SSE_NETWORK", "INTERNATIONAL_ORGANISATION"]);

export const RESOURCE_KINDS: [string, number][] = [
  ["REPORT", 20], ["PRESENTATION", 18], ["VIDEO", 12], ["PHOTO_GALLERY", 10], ["PRESS_RELEASE", 10],
  ["PUBLICATION", 12], ["WEB_PAGE", 8], ["INTERVIEW", 5], ["DECLARATION", 3], ["MESSAGE", 2],
];

export const PARTICIPATION_ROLES: [string, number][] = [
  ["participant", 50], ["speaker", 18], ["panellist", 8], ["moderator", 6], ["presenter", 6], ["delegate", 4],
  ["trainer", 3], ["lecturer", 3], ["host", 1.5], ["courtesy-call-host", 0.5],
];
export const ORGANISATION_ROLES: [string, number][] = [
  ["partner", 30], ["organiser", 25], ["co-organiser", 12], ["host", 8], ["funder", 8], ["contributor", 8],
  ["participant", 7], ["inviter", 2],
];
export const MEMBERSHIP_ROLES: [string, number][] = [
  ["member", 90], ["steering-committee-member", 5], ["vice-chair", 2], ["co-chair", 1.5], ["chair", 1.5],
];
/** Roles in which a participant's capacity ("Director, <organisation>") is sometimes given. */
export const SPEAKING_ROLES = new Set(["speaker", "moderator", "lecturer", "trainer", "panellist", "presenter"]);

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2025;
/** Weight of each year: the network grows, so later years hold more events. */
export const YEARS: [number, number][] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => [FIRST_YEAR + i, 1 + 0.15 * i]);
