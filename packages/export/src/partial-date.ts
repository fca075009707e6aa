// Agora's dates are as precise as their sources: a year, a month or a day. Timeline tools want full
// dates, so a partial date is widened to the whole period it names: "2019" runs from 2019-01-01
// to 2019-12-31, "2019-02" from 2019-02-01 to 2019-02-28.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = "year" | "month" | "day";

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

export function parsePartialDate(value: string): ParsedDate {
  const match = PARTIAL_DATE.exec(value);
  if (!match) throw new Error(`Not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD): "${value}"`);
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new Error(`No such month in "${value}"`);
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) throw new Error(`No such day in "${value}"`);
  return { year, month, day, precision: "day" };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps time zones out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The first day of the period a partial date names. */
export function widenStart(value: string): string {
  const { year, month = 1, day = 1 } = parsePartialDate(value);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The last day of the period a partial date names. */
export function widenEnd(value: string): string {
  const parsed = parsePartialDate(value);
  const month = parsed.month ?? 12;
  const day = parsed.day ?? daysInMonth(parsed.year, month);
  return `${pad(parsed.year, 4)}-${pad(month)}-${pad(day)}`;
}

/** An interval of full dates; a missing bound is open. */
export interface Interval {
  start?: string;
  end?: string;
}

/**
 * The interval of a node. Sessions and resources happen at a date: given only a start, they end
 * when the period of that start ends (a session "in 2019-10" lasts that month in the timeline).
 * Anything else given only a start is still there (an organisation founded in 2010).
 */
export function nodeInterval(kind: string, start?: string | null, end?: string | null): Interval {
  const pointInTime = kind === "SESSION" || kind === "RESOURCE";
  const closingDate = end ?? (pointInTime ? start : null);
  return {
    ...(start ? { start: widenStart(start) } : {}),
    ...(closingDate ? { end: widenEnd(closingDate) } : {}),
  };
}

/**
 * The interval of an edge: its own period when it has one, otherwise the period of the date at
 * which the source states it held (`asOf`), so that Gephi's timeline still places it.
 */
export function edgeInterval(start?: string | null, end?: string | null, asOf?: string | null): Interval {
  if (start || end) {
    return {
      ...(start ? { start: widenStart(start) } : {}),
      ...(end ? { end: widenEnd(end) } : {}),
    };
  }
  if (asOf) return { start: widenStart(asOf), end: widenEnd(asOf) };
  return {};
}
