// The query string of an export download: the graph queries' filters (kinds, linkTypes, from,
// to) and optionally `around` + `depth` + `limit` for a neighbourhood. Every bad value is named.
import { ENTITY_KINDS } from "../schema/entity-kind.ts";

export const EXPORT_EDGE_TYPES = ["PARTICIPATION", "ORGANISATION_ROLE", "AFFILIATION", "MEMBERSHIP", "RESOURCE_LINK", "THEME_TAG", "MENTION"];

export class ExportRequestError extends Error {}

export interface ExportRequest {
  kinds: string[] | null;
  linkTypes: string[] | null;
  from: string | null;
  to: string | null;
  around: string | null;
  depth: number;
  limit: number;
  entitiesInPeriod: boolean;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KNOWN = new Set(["kinds", "linkTypes", "from", "to", "around", "depth", "limit", "entitiesInPeriod"]);

function list(params: URLSearchParams, name: string, allowed: readonly string[]): string[] | null {
  const raw = params.getAll(name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  if (raw.length === 0) return null;
  for (const value of raw) {
    if (!allowed.includes(value)) throw new ExportRequestError(`${name}: unknown value "${value}" (expected any of ${allowed.join(", ")})`);
  }
  return raw;
}

function date(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  if (value === null || value === "") return null;
  if (!PARTIAL_DATE.test(value)) throw new ExportRequestError(`${name}: "${value}" is not a date like 2019, 2019-08 or 2019-08-21`);
  return value;
}

function integer(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const value = params.get(name);
  if (value === null || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ExportRequestError(`${name}: must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  if (value === null || value === "" || value === "false") return false;
  if (value === "true") return true;
  throw new ExportRequestError(`${name}: must be true or false, got "${value}"`);
}

export function parseExportRequest(params: URLSearchParams): ExportRequest {
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) throw new ExportRequestError(`unknown parameter "${name}" (expected ${[...KNOWN].join(", ")})`);
  }
  return {
    kinds: list(params, "kinds", ENTITY_KINDS),
    linkTypes: list(params, "linkTypes", EXPORT_EDGE_TYPES),
    from: date(params, "from"),
    to: date(params, "to"),
    around: params.get("around") || null,
    depth: integer(params, "depth", 1, 1, 3),
    limit: integer(params, "limit", 2000, 1, 2000),
    entitiesInPeriod: flag(params, "entitiesInPeriod"),
  };
}
