import { dateRange } from "./dates.ts";
import type { Graph } from "./graph.ts";

/*
 * Filters given as names become one byte per interned kind or type, so the hot loops test an
 * array slot instead of hashing a string per edge. Names no node or edge has simply match nothing.
 */

/** 1 for each kind index listed; null (no filter) when kinds is absent. */
export function kindMask(graph: Graph, kinds: readonly string[] | null | undefined): Uint8Array | null {
  return kinds == null ? null : mask(graph.kinds, kinds);
}

/** 1 for each link-type index listed; null (no filter) when types is absent. */
export function typeMask(graph: Graph, types: readonly string[] | null | undefined): Uint8Array | null {
  return types == null ? null : mask(graph.types, types);
}

function mask(interned: readonly string[], wanted: readonly string[]): Uint8Array {
  const set = new Set(wanted);
  const result = new Uint8Array(interned.length);
  for (let k = 0; k < interned.length; k++) if (set.has(interned[k]!)) result[k] = 1;
  return result;
}

/**
 * For `entitiesInPeriod`: whether node i's own date (a session's start, a resource's date)
 * overlaps the window. Undated entities always pass, as undated links do.
 */
export function nodeInWindow(graph: Graph, i: number, window: readonly [number, number] | null): boolean {
  if (window === null) return true;
  const date = graph.attr(i, "date");
  if (!date) return true;
  const range = dateRange(date);
  return range === null || (range[0] <= window[1] && range[1] >= window[0]);
}
