// GEXF 1.3 (http://gexf.net/1.3), the format Gephi reads natively: a directed, dynamic graph whose
// nodes and edges carry full-date intervals for Gephi's timeline, typed attributes, and a colour
// per kind and a size per degree.
import { assertPartialDates, assertWellFormedGraph } from "./check-graph.ts";
import { type Column, type ColumnType, degreeOf, edgeColumns, formatValue, nodeColumns } from "./columns.ts";
import { KIND_COLOURS, sizeForDegree } from "./kind-colours.ts";
import { edgeInterval, type Interval, nodeInterval } from "./partial-date.ts";
import type { ExportGraph } from "./types.ts";
import { xmlAttribute, xmlText, xmlToken } from "./xml-escape.ts";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

export interface GexfOptions {
  /**
   * Place nodes that have coordinates at (longitude, latitude) × `geoScale`, so a layout can start
   * from the map. Default true; nodes without coordinates get no position (Gephi places them).
   */
  geoPositions?: boolean;
  /** Default 10: one degree of longitude is ten Gephi units. */
  geoScale?: number;
  /** Written in <meta><creator>. Default "Agora". */
  creator?: string;
}

const GEXF_TYPES: Record<ColumnType, string> = {
  string: "string",
  integer: "integer",
  long: "long",
  double: "double",
  boolean: "boolean",
};

/**
 * The graph as GEXF 1.3, in chunks (see `collect`). Throws before the first chunk on a dangling
 * edge, a duplicate id or a malformed date.
 */
export function* gexf(graph: ExportGraph, options: GexfOptions = {}): Generator<string> {
  assertWellFormedGraph(graph);
  assertPartialDates(graph);
  const { geoPositions = true, geoScale = 10, creator = "Agora" } = options;
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns();
  const degree = degreeOf(graph);

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}"` +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ` xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">\n`;
  yield `  <meta lastmodifieddate="${xmlAttribute(graph.meta.generatedAt.slice(0, 10))}">\n`;
  yield `    <creator>${xmlText(creator)}</creator>\n`;
  const { title, description: about, source } = graph.meta;
  const description = [title, about, `Source: ${source}`].filter(Boolean).join(" — ");
  yield `    <description>${xmlText(description)}</description>\n`;
  yield "  </meta>\n";
  yield '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';
  // Declared before the nodes and edges that use them, as GEXF readers expect.
  yield* attributeDeclarations("node", nodeCols);
  yield* attributeDeclarations("edge", edgeCols);

  yield `    <nodes count="${graph.nodes.length}">\n`;
  for (const node of graph.nodes) {
    const interval = nodeInterval(node.kind, node.start, node.end);
    const colour = KIND_COLOURS[node.kind];
    let xml = `      <node id="${xmlAttribute(node.id)}" label="${xmlToken(node.label)}"${intervalAttributes(interval)}>\n`;
    xml += attvalues(node, nodeCols);
    xml += `        <viz:color r="${colour.r}" g="${colour.g}" b="${colour.b}"/>\n`;
    xml += `        <viz:size value="${sizeForDegree(degree(node))}"/>\n`;
    if (geoPositions && isCoordinate(node.longitude) && isCoordinate(node.latitude)) {
      // Gephi's y axis points up, like latitude.
      xml += `        <viz:position x="${round(node.longitude * geoScale)}" y="${round(node.latitude * geoScale)}" z="0"/>\n`;
    }
    xml += "      </node>\n";
    yield xml;
  }
  yield "    </nodes>\n";

  yield `    <edges count="${graph.edges.length}">\n`;
  for (const edge of graph.edges) {
    const interval = edgeInterval(edge.start, edge.end, edge.asOf);
    // `kind` is GEXF 1.3's edge type. Gephi merges parallel edges of one kind on import, and a
    // person can both moderate and speak at one session: type and role together are what makes
    // a link unique in Agora, so they are the kind, and no link is lost.
    let xml = `      <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}"`;
    xml += ` kind="${xmlToken(`${edge.type}:${edge.role}`)}" label="${xmlToken(edge.role)}"${intervalAttributes(interval)}>\n`;
    xml += attvalues(edge, edgeCols);
    xml += "      </edge>\n";
    yield xml;
  }
  yield "    </edges>\n";
  yield "  </graph>\n";
  yield "</gexf>\n";
}

function* attributeDeclarations<T>(forClass: "node" | "edge", columns: Column<T>[]): Generator<string> {
  yield `    <attributes class="${forClass}" mode="static">\n`;
  for (const c of columns) {
    yield `      <attribute id="${xmlAttribute(c.key)}" title="${xmlAttribute(c.title)}" type="${GEXF_TYPES[c.type]}"/>\n`;
  }
  yield "    </attributes>\n";
}

function attvalues<T>(item: T, columns: Column<T>[]): string {
  let xml = "";
  for (const c of columns) {
    const text = formatValue(c.value(item));
    if (text !== undefined) xml += `          <attvalue for="${xmlAttribute(c.key)}" value="${xmlAttribute(text)}"/>\n`;
  }
  return xml === "" ? "" : `        <attvalues>\n${xml}        </attvalues>\n`;
}

function intervalAttributes(interval: Interval): string {
  return (interval.start ? ` start="${interval.start}"` : "") + (interval.end ? ` end="${interval.end}"` : "");
}

const isCoordinate = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const round = (v: number) => Math.round(v * 1000) / 1000;
