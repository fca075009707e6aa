// Every view keeps what a reader chose (filters, selection, period) in the query string, so that
// an address is enough to share or bookmark exactly what is on screen.
import { useCallback, useRef } from "react";
import { useLocation, useSearch } from "wouter";

export type QueryPatch = Record<string, string | number | readonly string[] | null | undefined>;

/**
 * `a=1&kinds=SESSION,PERSON`: like URLSearchParams.toString, but commas stay readable (they are
 * legal in a query string, and the export URLs take comma-separated lists).
 */
export function toQueryString(params: URLSearchParams): string {
  const parts: string[] = [];
  params.forEach((value, name) => {
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value).replace(/%2C/gi, ",")}`);
  });
  return parts.join("&");
}

/** Applies a patch: null, undefined, "" and [] remove a parameter; lists are joined with commas. */
export function patchParams(current: URLSearchParams, patch: QueryPatch): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(patch)) {
    const text = Array.isArray(value) ? value.join(",") : value == null ? "" : String(value);
    if (text === "") next.delete(name);
    else next.set(name, text);
  }
  return next;
}

/** A comma-separated list parameter, without empty items. */
export function readList(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A whole-number parameter, or null when absent or not a number. */
export function readInt(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw == null || raw === "") return null;
  const value = Number(raw);
  return Number.isInteger(value) ? value : null;
}

/** The query string as URLSearchParams, and a setter that merges a patch into it. */
export function useQueryState(): [URLSearchParams, (patch: QueryPatch, options?: { replace?: boolean }) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(search);
  // The latest query string, also after an update not yet rendered: two updates in one event
  // must not undo each other.
  const latest = useRef(search);
  latest.current = search;
  const update = useCallback(
    (patch: QueryPatch, options?: { replace?: boolean }) => {
      const query = toQueryString(patchParams(new URLSearchParams(latest.current), patch));
      latest.current = query;
      navigate(query ? `${location}?${query}` : location, options);
    },
    [location, navigate],
  );
  return [params, update];
}

/** Adds or removes one value of a list. */
export function toggled(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
