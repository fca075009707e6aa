// GraphML (http://graphml.graphdrawing.org/xmlns), read by yEd, Cytoscape, NetworkX and igraph:
// every attribute is declared by a <key> before the graph, and values are <data> elements.
import { assertWellFormedGraph } from "./check-graph.ts";
import { type Column, type ColumnType, edgeColumns, formatValue, nodeColumns } from "./columns.ts";
import type { ExportGraph } from "./types.ts";
import { xmlAttribute, xmlText } from "./xml-escape.ts";

export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

const GRAPHML_TYPES: Record<ColumnType, string> = {
  string: "string",
  integer: "int",
  long: "long",
  double: "double",
  boolean: "boolean",
};

interface Key<T> extends Column<T> {
  /** The <key> id: prefixed by domain, since a node and an edge attribute may share a name. */
  id: string;
}

/** The graph as GraphML, in chunks (see `collect`). Throws before writing on a dangling edge. */
export function* graphml(graph: ExportGraph): Generator<string> {
  assertWellFormedGraph(graph);
  const graphKeys: Key<ExportGraph["meta"]>[] = [
    { id: "g_title", key: "title", title: "Title", type: "string", value: (m) => m.title },
    { id: "g_description", key: "description", title: "Description", type: "string", value: (m) => m.description },
    { id: "g_source", key: "source", title: "Source", type: "string", value: (m) => m.source },
    { id: "g_generatedAt", key: "generatedAt", title: "GeneratedAt", type: "string", value: (m) => m.generatedAt },
  ];
  const label = { key: "label", title: "Label", type: "string" } as const;
  const nodeKeys: Key<ExportGraph["nodes"][number]>[] = [
    { ...label, id: "n_label", value: (n) => n.label },
    ...nodeColumns(graph).map((c) => ({ ...c, id: `n_${c.key}` })),
  ];
  const edgeKeys: Key<ExportGraph["edges"][number]>[] = [
    { ...label, id: "e_label", value: (e) => e.role },
    ...edgeColumns().map((c) => ({ ...c, id: `e_${c.key}` })),
  ];

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
    ` xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">\n`;
  yield* keyDeclarations("graph", graphKeys);
  yield* keyDeclarations("node", nodeKeys);
  yield* keyDeclarations("edge", edgeKeys);
  yield '  <graph id="G" edgedefault="directed">\n';
  yield dataElements(graph.meta, graphKeys, "    ");
  for (const node of graph.nodes) {
    yield `    <node id="${xmlAttribute(node.id)}">\n${dataElements(node, nodeKeys, "      ")}    </node>\n`;
  }
  for (const edge of graph.edges) {
    yield `    <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}">\n` +
      `${dataElements(edge, edgeKeys, "      ")}    </edge>\n`;
  }
  yield "  </graph>\n";
  yield "</graphml>\n";
}

function* keyDeclarations<T>(domain: "graph" | "node" | "edge", keys: Key<T>[]): Generator<string> {
  for (const k of keys) {
    yield `  <key id="${xmlAttribute(k.id)}" for="${domain}" attr.name="${xmlAttribute(k.key)}" attr.type="${GRAPHML_TYPES[k.type]}"/>\n`;
  }
}

function dataElements<T>(item: T, keys: Key<T>[], indent: string): string {
  let xml = "";
  for (const k of keys) {
    const text = formatValue(k.value(item));
    if (text !== undefined) xml += `${indent}<data key="${xmlAttribute(k.id)}">${xmlText(text)}</data>\n`;
  }
  return xml;
}
