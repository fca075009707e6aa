import type { NodeKind } from "./types.ts";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * The Okabe–Ito palette: seven colours that stay distinguishable for the common forms of colour
 * blindness, one per kind, so a Gephi layout reads without a legend lookup per node.
 */
export const KIND_COLOURS: Record<NodeKind, Rgb> = {
  PERSON: { r: 0, g: 114, b: 178 },
  COUNTRY: { r: 86, g: 180, b: 233 },
  CITY: { r: 0, g: 158, b: 115 },
  ORGANISATION: { r: 230, g: 159, b: 0 },
  SESSION: { r: 213, g: 94, b: 0 },
  RESOURCE: { r: 204, g: 121, b: 167 },
  THEME: { r: 240, g: 228, b: 66 },
};

/**
 * Node size grows with the square root of the degree: area then tracks the number of links,
 * and a hub with 300 links does not dwarf everything else.
 */
export function sizeForDegree(degree: number): number {
  return Math.round((4 + 3 * Math.sqrt(Math.max(0, degree))) * 100) / 100;
}
