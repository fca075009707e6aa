// CSV after RFC 4180 (CRLF line ends, a field quoted when it holds a comma, a quote or a line
// break, quotes doubled), with the headers Gephi's spreadsheet import recognises: Id and Label
// for nodes, Source, Target and Type for edges.
import { edgeColumns, formatValue, nodeColumns } from "./columns.ts";
import type { AttributeValue, ExportGraph } from "./types.ts";

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark. Excel needs it to read the file as UTF-8 (otherwise
   * "José" and "김정열" come out garbled); most other tools skip it. Default false.
   */
  bom?: boolean;
}

const BOM = "\uFEFF";
const CRLF = "\r\n";

/** Quotes a field when RFC 4180 requires it. */
export function csvField(value: AttributeValue | undefined): string {
  const text = formatValue(value) ?? "";
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (fields: (AttributeValue | undefined)[]) => fields.map(csvField).join(",") + CRLF;

/** nodes.csv, in chunks (one per row): Id, Label, then every node column. */
export function* nodesCsv(graph: ExportGraph, options: CsvOptions = {}): Generator<string> {
  const columns = nodeColumns(graph);
  yield (options.bom ? BOM : "") + csvRow(["Id", "Label", ...columns.map((c) => c.title)]);
  for (const node of graph.nodes) yield csvRow([node.id, node.label, ...columns.map((c) => c.value(node))]);
}

/**
 * edges.csv, in chunks (one per row): Source, Target, Type, Id, Label, then every edge column.
 * Gephi reads Type as directed or undirected, so it is "Directed" and the link type is LinkType.
 */
export function* edgesCsv(graph: ExportGraph, options: CsvOptions = {}): Generator<string> {
  const columns = edgeColumns();
  yield (options.bom ? BOM : "") + csvRow(["Source", "Target", "Type", "Id", "Label", ...columns.map((c) => c.title)]);
  for (const edge of graph.edges) {
    yield csvRow([edge.source, edge.target, "Directed", edge.id, edge.role, ...columns.map((c) => c.value(edge))]);
  }
}
