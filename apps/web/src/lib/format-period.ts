import { formatDate } from "./format-date.ts";

/** When a link held: `2014 – 2018`, `since 2016`, `until 2018`, `as of 2019`, or null. */
export function formatPeriod(link: { startDate?: string | null; endDate?: string | null; asOf?: string | null }): string | null {
  const { startDate, endDate, asOf } = link;
  if (startDate && endDate) return startDate === endDate ? formatDate(startDate) : `${formatDate(startDate)} – ${formatDate(endDate)}`;
  if (startDate) return `since ${formatDate(startDate)}`;
  if (endDate) return `until ${formatDate(endDate)}`;
  if (asOf) return `as of ${formatDate(asOf)}`;
  return null;
}

/** Joins the non-empty parts of a link's description: `moderator, Mayor of Seoul, 2014`. */
export function details(...parts: Array<string | null | undefined>): string {
  return parts.filter((part): part is string => Boolean(part)).join(", ");
}
