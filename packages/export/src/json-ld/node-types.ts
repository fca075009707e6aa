// Which classes an entity belongs to, from its kind and its kind-specific attribute
// (organisationKind, sessionKind, resourceKind). README.md has the same mapping as a table.
import type { ExportNode } from "../types.ts";
import { ESSGLOBAL_LEGAL_FORM, type SchemaTerm } from "./vocabulary.ts";

type TypeTerm = SchemaTerm | `essglobal:${string}`;

const ORGANISATION_TYPES: Record<string, TypeTerm[]> = {
  LOCAL_GOVERNMENT: ["GovernmentOrganization"],
  NATIONAL_GOVERNMENT: ["GovernmentOrganization"],
  PUBLIC_BODY: ["GovernmentOrganization"],
  TRADITIONAL_AUTHORITY: ["GovernmentOrganization"],
  // schema.org: "a membership Organization whose members are typically Organizations".
  LOCAL_GOVERNMENT_NETWORK: ["Consortium"],
  SSE_NETWORK: ["Consortium", "essglobal:Network"],
  INTERNATIONAL_ORGANISATION: ["Organization"],
  NGO: ["NGO"],
  FAITH_BASED_ORGANISATION: ["NGO"],
  COOPERATIVE: ["Organization", "essglobal:SSEInitiative"],
  SOCIAL_FINANCE: ["Organization"],
  BUSINESS_SUPPORT: ["Organization"],
  TRADE_UNION: ["WorkersUnion"],
  ACADEMIC: ["EducationalOrganization"],
  RESEARCH_INSTITUTE: ["ResearchOrganization"],
  TRAINING_INSTITUTE: ["EducationalOrganization"],
  FOUNDATION: ["Organization"],
  COMPANY: ["Corporation"],
  OTHER: ["Organization"],
};

/**
 * ESSGlobal legal forms, only where the kind is one (a co-operative). essglobal:legalForm's
 * domain is SSE initiatives and networks, so stating it for every NGO or company would also
 * claim each of them for the social and solidarity economy.
 */
const ORGANISATION_LEGAL_FORMS: Record<string, string> = {
  COOPERATIVE: `${ESSGLOBAL_LEGAL_FORM}L2`,
};

const EDUCATION_SESSIONS = new Set(["TRAINING", "LEARNING_SESSION", "ACADEMY", "WORKSHOP", "LECTURE"]);

const RESOURCE_TYPES: Record<string, SchemaTerm> = {
  REPORT: "Report",
  MESSAGE: "Message",
  PHOTO_GALLERY: "ImageGallery",
  VIDEO: "VideoObject",
  PRESENTATION: "PresentationDigitalDocument",
  WEB_PAGE: "WebPage",
};

export function nodeTypes(node: ExportNode): TypeTerm[] {
  const attribute = (key: string) => {
    const value = node.attributes?.[key];
    return typeof value === "string" ? value : "";
  };
  switch (node.kind) {
    case "PERSON":
      return ["Person"];
    case "COUNTRY":
      return ["Country"];
    case "CITY":
      return ["City"];
    case "ORGANISATION":
      return ORGANISATION_TYPES[attribute("organisationKind")] ?? ["Organization"];
    case "SESSION":
      return [EDUCATION_SESSIONS.has(attribute("sessionKind")) ? "EducationEvent" : "Event"];
    case "RESOURCE":
      return [RESOURCE_TYPES[attribute("resourceKind")] ?? "CreativeWork"];
    case "THEME":
      return ["DefinedTerm"];
  }
}

export function legalForm(node: ExportNode): string | undefined {
  const kind = node.attributes?.organisationKind;
  return node.kind === "ORGANISATION" && typeof kind === "string" ? ORGANISATION_LEGAL_FORMS[kind] : undefined;
}

/** Kinds that are places: they take schema:geo and schema:containedInPlace directly. */
export const isPlace = (node: ExportNode) => node.kind === "CITY" || node.kind === "COUNTRY";
