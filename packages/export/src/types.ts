// The one input every serialiser takes. It is shaped for export, not for the database: the caller
// flattens each entity to a node and each live link to an edge, so this package never queries.

export const NODE_KINDS = ["PERSON", "COUNTRY", "CITY", "ORGANISATION", "SESSION", "RESOURCE", "THEME"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const LINK_TYPES = [
  "PARTICIPATION",
  "ORGANISATION_ROLE",
  "AFFILIATION",
  "MEMBERSHIP",
  "RESOURCE_LINK",
  "THEME_TAG",
  "MENTION",
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export type AttributeValue = string | number | boolean | null;

export interface ExportNode {
  /** Stable key (the slug of its page). */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string | null;
  /** Absolute URL of its page. */
  url?: string | null;
  /** Partial ISO dates: 2019, 2019-08, 2019-08-21. */
  start?: string | null;
  end?: string | null;
  country?: string | null;
  continent?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  degree?: number;
  community?: string | null;
  /** Kind-specific extras: sessionKind, series, acronym, organisationKind, ... */
  attributes?: Record<string, AttributeValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: LinkType;
  role: string;
  capacity?: string | null;
  start?: string | null;
  end?: string | null;
  /** The date at which the source states the link held, when it gives no period. */
  asOf?: string | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  meta: {
    title: string;
    description?: string;
    /** Where the data comes from, e.g. the site URL. */
    source: string;
    /** ISO timestamp, passed in so that the same graph always gives the same bytes. */
    generatedAt: string;
  };
}
