// Which property a link becomes. A link is written with schema.org's Role pattern
// (subject —p→ Role —p→ object), which keeps its role name and dates while the property stays
// the plain schema.org one. Where schema.org has no property for a link, Agora's own namespace
// has one per link type, so no link is dropped. README.md has this mapping as a table.
import type { ExportEdge, NodeKind } from "../types.ts";
import type { SchemaTerm } from "./vocabulary.ts";

export interface LinkProperty {
  /** A context term (schema.org) or an `agora:` compact IRI. */
  property: SchemaTerm | `agora:${string}`;
  /**
   * The property runs from the link's target to its source: a person's PARTICIPATION in a
   * session is the session's schema:performer, not a property of the person.
   */
  inverse: boolean;
  roleType: "Role" | "OrganizationRole";
}

/** The agora: property of each link type, used when no schema.org property fits. */
export const AGORA_LINK_PROPERTIES: Record<ExportEdge["type"], `agora:${string}`> = {
  PARTICIPATION: "agora:participation",
  ORGANISATION_ROLE: "agora:organisationRole",
  AFFILIATION: "agora:affiliation",
  MEMBERSHIP: "agora:membership",
  RESOURCE_LINK: "agora:resourceLink",
  THEME_TAG: "agora:themeTag",
  MENTION: "agora:mention",
};

const PARTICIPATION_ROLES: Record<string, SchemaTerm> = {
  speaker: "performer",
  moderator: "performer",
  lecturer: "performer",
  trainer: "performer",
  panellist: "performer",
  participant: "attendee",
  delegate: "attendee",
  host: "organizer",
};

const ORGANISATION_ROLES: Record<string, SchemaTerm> = {
  organiser: "organizer",
  "co-organiser": "organizer",
  host: "organizer",
  funder: "funder",
  sponsor: "sponsor",
  contributor: "contributor",
};

const RESOURCE_ROLES: Record<string, SchemaTerm> = {
  about: "about",
  subject: "about",
  author: "author",
  publisher: "publisher",
  editor: "editor",
  translator: "translator",
  funder: "funder",
  contributor: "contributor",
};

export function linkProperty(edge: ExportEdge, sourceKind: NodeKind | undefined, targetKind: NodeKind | undefined): LinkProperty {
  const schema = schemaProperty(edge, sourceKind, targetKind);
  const roleType = edge.type === "AFFILIATION" || edge.type === "MEMBERSHIP" ? "OrganizationRole" : "Role";
  return schema ? { ...schema, roleType } : { property: AGORA_LINK_PROPERTIES[edge.type], inverse: false, roleType };
}

function schemaProperty(
  edge: ExportEdge,
  sourceKind: NodeKind | undefined,
  targetKind: NodeKind | undefined,
): { property: SchemaTerm; inverse: boolean } | undefined {
  const found = (table: Record<string, SchemaTerm>, inverse: boolean) => {
    const property = table[edge.role];
    return property ? { property, inverse } : undefined;
  };
  switch (edge.type) {
    case "PARTICIPATION":
      return sourceKind === "PERSON" && targetKind === "SESSION" ? found(PARTICIPATION_ROLES, true) : undefined;
    case "ORGANISATION_ROLE":
      return sourceKind === "ORGANISATION" && targetKind === "SESSION" ? found(ORGANISATION_ROLES, true) : undefined;
    case "AFFILIATION":
      return sourceKind === "PERSON" && targetKind === "ORGANISATION" ? { property: "affiliation", inverse: false } : undefined;
    case "MEMBERSHIP":
      // schema:memberOf is for people and organisations; a city's membership stays agora:.
      return (sourceKind === "ORGANISATION" || sourceKind === "PERSON") && targetKind === "ORGANISATION"
        ? { property: "memberOf", inverse: false }
        : undefined;
    case "RESOURCE_LINK":
      return sourceKind === "RESOURCE" ? found(RESOURCE_ROLES, false) : undefined;
    case "THEME_TAG":
      if (targetKind !== "THEME") return undefined;
      if (sourceKind === "SESSION" || sourceKind === "RESOURCE") return { property: "about", inverse: false };
      if (sourceKind === "ORGANISATION" || sourceKind === "PERSON") return { property: "knowsAbout", inverse: false };
      return undefined;
    case "MENTION":
      // schema:mentions is defined for creative works only.
      return sourceKind === "RESOURCE" ? { property: "mentions", inverse: false } : undefined;
  }
}
