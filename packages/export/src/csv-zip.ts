import { strToU8, zipSync } from "fflate";
import { collect } from "./chunks.ts";
import { type CsvOptions, edgesCsv, nodesCsv } from "./csv.ts";
import type { ExportGraph } from "./types.ts";

/**
 * nodes.csv and edges.csv in one zip, for a single download. The entries are dated
 * `meta.generatedAt`, not the clock, so one graph always zips to the same bytes.
 */
export function csvZip(graph: ExportGraph, options: CsvOptions = {}): Uint8Array {
  const entryOptions = { mtime: zipTimestamp(graph.meta.generatedAt) };
  return zipSync({
    "nodes.csv": [strToU8(collect(nodesCsv(graph, options))), entryOptions],
    "edges.csv": [strToU8(collect(edgesCsv(graph, options))), entryOptions],
  });
}

/**
 * Zip entries hold a wall-clock time without a zone, and fflate reads it from the Date's local
 * fields. Building the Date from the UTC fields makes the entry say the UTC time whatever the
 * machine's zone, so the bytes do not depend on where the export ran.
 */
function zipTimestamp(iso: string): Date {
  const at = new Date(iso);
  // The format cannot date a file before 1980.
  if (Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1980) return new Date(1980, 0, 1);
  return new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
}
