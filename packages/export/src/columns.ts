// The attributes of nodes and edges, declared once for GEXF, GraphML and CSV, so the three
// formats carry the same columns under the same names.
import type { AttributeValue, ExportEdge, ExportGraph, ExportNode } from "./types.ts";

/** "integer" fits in 32 bits (Gephi's and GraphML's int); larger whole numbers are "long". */
export type ColumnType = "string" | "integer" | "long" | "double" | "boolean";

export interface Column<T> {
  /** Machine name: GEXF attribute id, GraphML attr.name. */
  key: string;
  /** Display name: GEXF attribute title, CSV header. */
  title: string;
  type: ColumnType;
  value(item: T): AttributeValue | undefined;
}

export function nodeColumns(graph: ExportGraph): Column<ExportNode>[] {
  const degree = degreeOf(graph);
  const fixed: Column<ExportNode>[] = [
    { key: "kind", title: "Kind", type: "string", value: (n) => n.kind },
    { key: "description", title: "Description", type: "string", value: (n) => n.description },
    { key: "url", title: "URL", type: "string", value: (n) => n.url },
    // As given (partial); GEXF adds the widened interval as node start/end.
    { key: "startDate", title: "StartDate", type: "string", value: (n) => n.start },
    { key: "endDate", title: "EndDate", type: "string", value: (n) => n.end },
    { key: "country", title: "Country", type: "string", value: (n) => n.country },
    { key: "continent", title: "Continent", type: "string", value: (n) => n.continent },
    { key: "latitude", title: "Latitude", type: "double", value: (n) => n.latitude },
    { key: "longitude", title: "Longitude", type: "double", value: (n) => n.longitude },
    { key: "degree", title: "Degree", type: "integer", value: degree },
    { key: "community", title: "Community", type: "string", value: (n) => n.community },
  ];
  return [...fixed, ...extraColumns(graph.nodes, fixed)];
}

export function edgeColumns(): Column<ExportEdge>[] {
  return [
    // Not "Type": in Gephi's spreadsheet import that column means directed or undirected.
    { key: "linkType", title: "LinkType", type: "string", value: (e) => e.type },
    { key: "role", title: "Role", type: "string", value: (e) => e.role },
    { key: "capacity", title: "Capacity", type: "string", value: (e) => e.capacity },
    { key: "startDate", title: "StartDate", type: "string", value: (e) => e.start },
    { key: "endDate", title: "EndDate", type: "string", value: (e) => e.end },
    { key: "asOf", title: "AsOf", type: "string", value: (e) => e.asOf },
  ];
}

/** A node's degree as given, or else counted from the graph's edges. */
export function degreeOf(graph: ExportGraph): (node: ExportNode) => number {
  let counted: Map<string, number> | undefined;
  return (node) => {
    if (node.degree !== undefined) return node.degree;
    if (!counted) {
      counted = new Map();
      for (const e of graph.edges) {
        counted.set(e.source, (counted.get(e.source) ?? 0) + 1);
        if (e.target !== e.source) counted.set(e.target, (counted.get(e.target) ?? 0) + 1);
      }
    }
    return counted.get(node.id) ?? 0;
  };
}

// Names the formats reserve or that the fixed columns use; compared without case because Gephi
// lower-cases column ids.
const RESERVED = ["id", "label", "source", "target", "type", "weight", "timeset", "interval"];

/** One column per key found in any node's `attributes`, sorted by key, typed by its values. */
function extraColumns(nodes: ExportNode[], fixed: Column<ExportNode>[]): Column<ExportNode>[] {
  const valuesByKey = new Map<string, AttributeValue[]>();
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      let values = valuesByKey.get(key);
      if (!values) valuesByKey.set(key, (values = []));
      if (value !== null) values.push(value);
    }
  }
  const taken = new Set([...RESERVED, ...fixed.flatMap((c) => [c.key.toLowerCase(), c.title.toLowerCase()])]);
  return [...valuesByKey.keys()].sort().map((key) => {
    // A kind-specific extra never hides a fixed column: `attributes.kind` becomes `x_kind`.
    let name = key;
    while (taken.has(name.toLowerCase())) name = `x_${name}`;
    taken.add(name.toLowerCase());
    const type = inferType(valuesByKey.get(key) ?? []);
    return {
      key: name,
      title: name,
      type,
      value: (n: ExportNode) => {
        const v = n.attributes?.[key];
        // Mixed values fall back to a string column; keep each value readable in it.
        return type === "string" && v !== null && v !== undefined ? String(v) : v;
      },
    };
  });
}

const INT32_MAX = 2 ** 31 - 1;

function inferType(values: AttributeValue[]): ColumnType {
  if (values.length === 0) return "string";
  if (values.every((v) => typeof v === "boolean")) return "boolean";
  if (values.every((v) => typeof v === "number" && Number.isFinite(v))) {
    const numbers = values as number[];
    if (numbers.every((v) => Number.isInteger(v) && Math.abs(v) <= INT32_MAX)) return "integer";
    if (numbers.every((v) => Number.isSafeInteger(v))) return "long";
    return "double";
  }
  return "string";
}

/** The text of a value in XML and CSV; undefined when there is nothing to write. */
export function formatValue(value: AttributeValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  return String(value);
}
