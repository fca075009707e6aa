import type { ExportEdge, ExportNode } from "../types.ts";
import { DEFAULT_AGORA_VOCAB } from "./vocabulary.ts";

export interface JsonLdOptions {
  /** IRI of the `agora:` namespace. Default `https://agora.example/vocab#`. */
  vocabBase?: string;
  /**
   * Prefix of the IRIs minted here: entities without a `url`, links (`<idBase>link/<id>`), the
   * theme set and the dataset. Default `urn:agora:`, which is absolute without claiming a host.
   */
  idBase?: string;
}

export interface Iris {
  vocabBase: string;
  entity(node: ExportNode): string;
  entityById(id: string): string;
  link(edge: ExportEdge): string;
  themeSet: string;
  dataset: string;
}

export function iris(options: JsonLdOptions = {}): Iris {
  const { vocabBase = DEFAULT_AGORA_VOCAB, idBase = "urn:agora:" } = options;
  const entityById = (id: string) => `${idBase}entity/${encodeURIComponent(id)}`;
  return {
    vocabBase,
    // The page address is the entity's name on the web, so other data can link to it. A relative
    // address would be dropped by JSON-LD processors (no base), so the key names it instead.
    entity: (node) => (isAbsoluteIri(node.url) ? node.url : entityById(node.id)),
    entityById,
    // One IRI per link, the same in the entity and the graph documents, so they merge.
    link: (edge) => `${idBase}link/${encodeURIComponent(edge.id)}`,
    themeSet: `${idBase}themes`,
    dataset: `${idBase}dataset`,
  };
}

export function isAbsoluteIri(value: string | null | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value);
}
