// The package's public surface. Every serialiser is pure: it reads an ExportGraph and returns
// text (as chunks) or bytes; it never touches the database, the clock or the network.
export type { AttributeValue, ExportEdge, ExportGraph, ExportNode, LinkType, NodeKind } from "./types.ts";
export { LINK_TYPES, NODE_KINDS } from "./types.ts";
export { batchChunks, collect, collectAsync } from "./chunks.ts";
export { edgeInterval, type Interval, nodeInterval, widenEnd, widenStart } from "./partial-date.ts";
export { GEXF_NAMESPACE, GEXF_VIZ_NAMESPACE, gexf, type GexfOptions } from "./gexf.ts";
export { GRAPHML_NAMESPACE, graphml } from "./graphml.ts";
export { csvField, edgesCsv, nodesCsv, type CsvOptions } from "./csv.ts";
export { csvZip } from "./csv-zip.ts";
export { KIND_COLOURS } from "./kind-colours.ts";
export { entityJsonLd } from "./json-ld/entity.ts";
export { graphJsonLd, graphJsonLdChunks } from "./json-ld/graph.ts";
export type { JsonLdOptions } from "./json-ld/options.ts";
export type { JsonLdObject } from "./json-ld/node-object.ts";
export { AGORA_LINK_PROPERTIES, linkProperty, type LinkProperty } from "./json-ld/link-properties.ts";
export { DEFAULT_AGORA_VOCAB, ESSGLOBAL, ESSGLOBAL_LEGAL_FORM, jsonLdContext, SCHEMA } from "./json-ld/vocabulary.ts";
