// How big each synthetic network is. M and L have the same entities and differ in links only,
// so the two show what density alone costs: L is the target the graph engine is sized for
// (about 100k entities and a million links), M a network three times sparser.

export type ScaleName = "S" | "M" | "L";

export interface Scale {
  name: ScaleName;
  countries: number;
  cities: number;
  /** Theme tree: top-level themes, children per top-level theme, grandchildren per child. */
  themes: { top: number; children: number; grandchildren: number };
  organisations: number;
  sessions: number;
  resources: number;
  people: number;
  links: number;
  /** Series of sessions (forums, academies, training programmes). */
  series: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  S: {
    name: "S",
    countries: 12,
    cities: 40,
    themes: { top: 6, children: 4, grandchildren: 1 },
    organisations: 150,
    sessions: 200,
    resources: 100,
    people: 444,
    links: 4_000,
    series: 6,
  },
  M: {
    name: "M",
    countries: 41,
    cities: 1_500,
    themes: { top: 12, children: 8, grandchildren: 3 },
    organisations: 15_000,
    sessions: 20_000,
    resources: 10_000,
    people: 53_063,
    links: 300_000,
    series: 200,
  },
  L: {
    name: "L",
    countries: 41,
    cities: 1_500,
    themes: { top: 12, children: 8, grandchildren: 3 },
    organisations: 15_000,
    sessions: 20_000,
    resources: 10_000,
    people: 53_063,
    links: 1_000_000,
    series: 200,
  },
};

export const themeCount = ({ themes: t }: Scale) => t.top * (1 + t.children * (1 + t.grandchildren));

export const entityCount = (s: Scale) =>
  s.countries + s.cities + themeCount(s) + s.organisations + s.sessions + s.resources + s.people;

export function parseScale(value: string): Scale {
  const scale = SCALES[value.toUpperCase() as ScaleName];
  if (!scale) throw new RangeError(`unknown scale '${value}': use S, M or L`);
  return scale;
}
