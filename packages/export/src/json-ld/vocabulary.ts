// The namespaces and the embedded @context. The context is inlined in every document, never
// referenced by URL: a reader needs no network to expand it, and schema.org's own context is
// large and changes under us.

export const SCHEMA = "https://schema.org/";

/**
 * ESSGlobal, the RIPESS vocabulary for the social and solidarity economy. This is the namespace
 * the vocabulary declares for itself (vann:preferredNamespaceUri in essglobal-vocab.ttl, v1.1)
 * and the one its users write; we found no ESSGlobal terms published under a w3id.org address.
 */
export const ESSGLOBAL = "http://purl.org/essglobal/vocab/";
/** ESSGlobal's legal-form scheme (SKOS), whose concepts are the values of essglobal:legalForm. */
export const ESSGLOBAL_LEGAL_FORM = "http://purl.org/essglobal/standard/legal-form/";

/** Agora's own terms, for links and attributes no shared vocabulary has a property for. */
export const DEFAULT_AGORA_VOCAB = "https://agora.example/vocab#";

// Every schema.org term the serialiser writes, and nothing else, so a typo cannot silently
// become a schema.org IRI (as it would with "@vocab").
const SCHEMA_TYPES = [
  "Person",
  "Place",
  "City",
  "Country",
  "GeoCoordinates",
  "Organization",
  "GovernmentOrganization",
  "NGO",
  "Corporation",
  "Consortium",
  "WorkersUnion",
  "ResearchOrganization",
  "EducationalOrganization",
  "Event",
  "EducationEvent",
  "CreativeWork",
  "Report",
  "Message",
  "ImageGallery",
  "VideoObject",
  "PresentationDigitalDocument",
  "WebPage",
  "DefinedTerm",
  "DefinedTermSet",
  "Role",
  "OrganizationRole",
  "Dataset",
] as const;

const SCHEMA_PROPERTIES = [
  "name",
  "alternateName",
  "description",
  "givenName",
  "familyName",
  "honorificPrefix",
  "inLanguage",
  "startDate",
  "endDate",
  "foundingDate",
  "dissolutionDate",
  "datePublished",
  "dateModified",
  "location",
  "containedInPlace",
  "geo",
  "latitude",
  "longitude",
  "organizer",
  "performer",
  "attendee",
  "funder",
  "sponsor",
  "contributor",
  "about",
  "author",
  "publisher",
  "editor",
  "translator",
  "mentions",
  "memberOf",
  "affiliation",
  "knowsAbout",
  "inDefinedTermSet",
  "termCode",
  "roleName",
] as const;

/** Properties whose values are web addresses: written as strings, read as IRIs. */
const SCHEMA_IRI_PROPERTIES = ["url", "sameAs"] as const;

export type SchemaTerm = (typeof SCHEMA_TYPES)[number] | (typeof SCHEMA_PROPERTIES)[number] | (typeof SCHEMA_IRI_PROPERTIES)[number];

export function jsonLdContext(agoraVocab: string): Record<string, unknown> {
  const context: Record<string, unknown> = {
    schema: SCHEMA,
    essglobal: ESSGLOBAL,
    agora: agoraVocab,
  };
  for (const term of [...SCHEMA_TYPES, ...SCHEMA_PROPERTIES]) context[term] = `schema:${term}`;
  for (const term of SCHEMA_IRI_PROPERTIES) context[term] = { "@id": `schema:${term}`, "@type": "@id" };
  context.legalForm = { "@id": "essglobal:legalForm", "@type": "@id" };
  return context;
}
