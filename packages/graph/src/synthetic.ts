import type { EdgeInput, NodeInput } from "./graph.ts";
import { createRandom } from "./prng.ts";

/*
 * A seeded stand-in for the real network at sizes it will not reach for years, for the scale
 * test and the benchmark. Kinds, link types and attributes follow the real schema; endpoints are
 * drawn with a heavy skew so degrees follow a power law (a few themes, congresses and people with
 * thousands of links, most with a handful), which is what makes hubs a problem worth testing.
 */

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed?: number;
}

const KIND_SHARES: [string, number][] = [
  ["COUNTRY", 0.005],
  ["CITY", 0.035],
  ["THEME", 0.01],
  ["ORGANISATION", 0.15],
  ["SESSION", 0.2],
  ["RESOURCE", 0.1],
  ["PERSON", 0.5],
];

const CONTINENTS = ["AFRICA", "ASIA", "EUROPE", "NORTH_AMERICA", "SOUTH_AMERICA", "OCEANIA"];

/** [type, share, source kinds, target kinds, roles] */
const LINK_SHARES: [string, number, string[], string[], string[]][] = [
  ["PARTICIPATION", 0.45, ["PERSON"], ["SESSION"], ["speaker", "participant", "moderator", "trainer"]],
  ["ORGANISATION_ROLE", 0.1, ["ORGANISATION"], ["SESSION"], ["organiser", "partner", "host", "funder"]],
  ["AFFILIATION", 0.1, ["PERSON"], ["ORGANISATION"], ["member", "director", "officer"]],
  ["MEMBERSHIP", 0.05, ["ORGANISATION", "CITY"], ["ORGANISATION"], ["member", "chair"]],
  ["THEME_TAG", 0.15, ["SESSION", "ORGANISATION", "RESOURCE"], ["THEME"], ["tag"]],
  ["RESOURCE_LINK", 0.08, ["RESOURCE"], ["SESSION", "ORGANISATION", "PERSON"], ["about", "author"]],
  ["MENTION", 0.07, ["SESSION"], ["PERSON", "ORGANISATION", "CITY", "COUNTRY"], ["mention"]],
];

// Drawing index ⌊count · u³⌋ gives rank-r nodes a share ∝ r^(−2/3): degrees with a power-law tail.
const SKEW = 3;
const VOCABULARY = 5000;

export function syntheticNetwork({ nodes: nodeCount, edges: edgeCount, seed = 1 }: SyntheticOptions): { nodes: NodeInput[]; edges: EdgeInput[] } {
  const random = createRandom(seed);
  const pickIndex = (count: number, skew = SKEW) => Math.min(count - 1, Math.floor(count * random() ** skew));
  const pickOf = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;

  const byKind = new Map<string, NodeInput[]>();
  const nodes: NodeInput[] = [];
  for (const [kind, share] of KIND_SHARES) {
    const list: NodeInput[] = [];
    const count = Math.max(1, Math.round(nodeCount * share));
    for (let i = 0; i < count; i++) list.push({ id: `${kind.toLowerCase()}-${i}`, kind, label: `${kind[0]}${kind.slice(1).toLowerCase()} ${i}` });
    byKind.set(kind, list);
    nodes.push(...list);
  }
  const list = (kind: string) => byKind.get(kind)!;
  // Hubs scattered over the id range instead of all at index 0, 1, 2, ...
  const pick = (kind: string) => {
    const members = list(kind);
    return members[(pickIndex(members.length) * 7919) % members.length]!;
  };
  const words = (count: number) => Array.from({ length: count }, () => `w${pickIndex(VOCABULARY, 2)}`).join(" ");

  for (const country of list("COUNTRY")) country.attrs = { continent: pickOf(CONTINENTS) };
  for (const city of list("CITY")) {
    const country = pick("COUNTRY");
    city.attrs = { country: country.id, continent: country.attrs!.continent! };
  }
  const placed = () => {
    const city = pick("CITY");
    return { city: city.id, country: city.attrs!.country!, continent: city.attrs!.continent! };
  };
  for (const session of list("SESSION")) {
    session.attrs = {
      ...placed(),
      series: random() < 0.1 ? `series-${pickIndex(200)}` : null,
      date: `${1995 + Math.floor(random() * 31)}`,
      text: words(8),
    };
  }
  for (const organisation of list("ORGANISATION")) organisation.attrs = { ...placed(), text: words(5) };
  for (const person of list("PERSON")) {
    if (random() < 0.7) {
      const country = pick("COUNTRY");
      person.attrs = { country: country.id, continent: country.attrs!.continent! };
    }
  }

  const edges: EdgeInput[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, share] of LINK_SHARES) cumulative.push((sum += share));
  for (let e = 0; e < edgeCount; e++) {
    const u = random() * sum;
    const [type, , sources, targets, roles] = LINK_SHARES[cumulative.findIndex((c) => u < c)] ?? LINK_SHARES[0]!;
    const edge: EdgeInput = { id: `e${e}`, source: pick(pickOf(sources)).id, target: pick(pickOf(targets)).id, type, role: pickOf(roles) };
    const dated = random();
    if (dated < 0.4) {
      const year = 1995 + Math.floor(random() * 31);
      edge.start = random() < 0.5 ? `${year}` : `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`;
      if (random() < 0.5) edge.end = `${year + Math.floor(random() * 5)}`;
    } else if (dated < 0.6) {
      edge.asOf = `${1995 + Math.floor(random() * 31)}`;
    }
    edges.push(edge);
  }
  return { nodes, edges };
}
