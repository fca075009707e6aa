import { GraphInputError } from "./errors.ts";

/*
 * Links carry partial ISO dates ("2019", "2019-08", "2019-08-21"). Each is turned into the
 * closed range of day numbers it could mean (yyyymmdd, with 00 and 99 standing for "any month /
 * day"), so "2019" overlaps "2019-08-21" by plain integer comparison and a million edges can be
 * filtered without parsing a string.
 */

/** Before every date: the lower bound of an open start. */
export const DAWN = 0;
/** After every date: the upper bound of an open end. */
export const DUSK = 0x7fffffff;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

/** The [lo, hi] day numbers a partial date covers, or null when it isn't one. */
export function dateRange(value: string): [number, number] | null {
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]) * 10000;
  if (m[2] === undefined) return [year, year + 9999];
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return [year + month * 100, year + month * 100 + 99];
  const day = Number(m[3]);
  if (day < 1 || day > 31) return null;
  const exact = year + month * 100 + day;
  return [exact, exact];
}

/** A query window [from, to] as day numbers; either end may be open. */
export function queryWindow(from: string | null | undefined, to: string | null | undefined): [number, number] | null {
  if (from == null && to == null) return null;
  const lo = from == null ? DAWN : bound("from", from)[0];
  const hi = to == null ? DUSK : bound("to", to)[1];
  if (lo > hi) throw new GraphInputError("INVALID_PERIOD", `from (${from}) is after to (${to})`);
  return [lo, hi];
}

function bound(option: string, value: string): [number, number] {
  const range = dateRange(value);
  if (!range) throw new GraphInputError("INVALID_DATE", `${option} must be a date like 2019, 2019-08 or 2019-08-21, got "${value}"`);
  return range;
}
