import { checkInteger } from "./errors.ts";
import { compareStrings, type Graph } from "./graph.ts";

/** The most related cases one query returns. */
export const MAX_RELATED_CASES = 100;

export type ReasonKind =
  | "SHARED_THEME"
  | "SAME_SERIES"
  | "SAME_COUNTRY"
  | "SAME_CONTINENT"
  | "SHARED_PERSON"
  | "SHARED_ORGANISATION"
  | "SHARED_SESSION"
  | "SIMILAR_TEXT";

export interface Reason {
  kind: ReasonKind;
  /**
   * SHARED_*: ids of the shared neighbours, most telling (rarest) first. SAME_*: the series,
   * country or continent value. SIMILAR_TEXT: up to five shared words, rarest first.
   */
  via: string[];
  /** This reason's share of the score; a case's reason weights add up to its raw score. */
  weight: number;
}

export interface RelatedCase {
  id: string;
  /** Σ w / (1 + Σ w) over the reason weights w: in [0, 1) and strictly increasing in the sum. */
  score: number;
  /** Heaviest first. */
  reasons: Reason[];
}

export interface RelatedCasesOptions {
  /** How many cases, 1 to 100. */
  first?: number;
  /** Neighbours, series and words shared by more entities than this are ignored (see below). */
  hubCap?: number;
  /** Most adjacency entries one query may read while looking for candidates. */
  workBudget?: number;
  /** Which neighbours count as shared (default SHARED_NEIGHBOURS). */
  sharedNeighbours?: Readonly<Record<string, SharedNeighbour>>;
}

export interface SharedNeighbour {
  reason: ReasonKind;
  /** The link types through which a neighbour of this kind counts as shared. */
  linkTypes: readonly string[];
}

/**
 * Which neighbours count as "shared", by the neighbour's kind and the link reaching it. The rule
 * is the same whatever the kind of the entity asked about: sessions share people (PARTICIPATION),
 * people share sessions (PARTICIPATION) and organisations (AFFILIATION), organisations share
 * networks and members (MEMBERSHIP), sessions (ORGANISATION_ROLE), people (AFFILIATION) and
 * themes. PART_OF (a session within a congress, an edge the API's loader derives from
 * Session.parentId) makes the parts of one congress share it. MENTION and RESOURCE_LINK are left
 * out: naming something says little about likeness.
 */
export const SHARED_NEIGHBOURS: Readonly<Record<string, SharedNeighbour>> = {
  THEME: { reason: "SHARED_THEME", linkTypes: ["THEME_TAG"] },
  PERSON: { reason: "SHARED_PERSON", linkTypes: ["PARTICIPATION", "AFFILIATION"] },
  ORGANISATION: { reason: "SHARED_ORGANISATION", linkTypes: ["ORGANISATION_ROLE", "MEMBERSHIP", "AFFILIATION"] },
  SESSION: { reason: "SHARED_SESSION", linkTypes: ["PARTICIPATION", "ORGANISATION_ROLE", "PART_OF"] },
};

/**
 * Attribute and text weights, against shared neighbours worth 1/ln(1 + degree) each (0.91 for a
 * neighbour only the two share, 0.22 for one on a hundred entities). A series is an editorial
 * statement that two sessions belong together, so it weighs like a rare shared neighbour;
 * country and continent only nudge the order (they are shared by thousands).
 */
export const RELATED_WEIGHTS = { series: 1, country: 0.25, continent: 0.1, text: 1 } as const;

const DEFAULT_HUB_CAP = 1000;
const DEFAULT_WORK_BUDGET = 200_000;
const TEXT_VIA_WORDS = 5;

interface Candidate {
  /** The last shared neighbour credited, so a candidate reached twice through it counts once. */
  lastFeature: number;
  shared: Map<ReasonKind, { via: number[]; weight: number }>;
  textDot: number;
}

/**
 * The entities of the same kind most like the given one, with the reasons why.
 *
 * Candidates are found through the graph (entities sharing a neighbour), the series and the
 * words of attrs.text; country and continent then only re-rank them (they would make every
 * entity on a continent a candidate). Shared neighbours are weighted Adamic–Adar style,
 * 1/ln(1 + degree), so a theme on 10 000 sessions counts less than a rare one.
 *
 * Hubs: a neighbour or word shared by more than hubCap entities is treated like a stop word,
 * neither followed nor scored, so every candidate is scored the same way and one query reads at
 * most hubCap entries per shared neighbour (a series that large still scores, but is not used to
 * find candidates). Neighbours and words are followed rarest first until workBudget entries are
 * read; past that the commonest (least telling) are dropped.
 *
 * Cities: two cities rarely share a direct neighbour (their links are few: memberships,
 * mentions), so a city stands for itself plus what is located in it (attrs.city of the sessions
 * it hosted and the organisations based there), and an entity found through a shared neighbour
 * is credited to its city. Two cities are alike when their sessions share themes, people and
 * organisers. This 2-hop view is used for cities always, not only as a fallback, so scores of
 * all cities are comparable.
 */
export function relatedCases(graph: Graph, id: string, options: RelatedCasesOptions = {}): RelatedCase[] {
  const first = checkInteger("first", options.first ?? 10, 1, MAX_RELATED_CASES);
  const hubCap = checkInteger("hubCap", options.hubCap ?? DEFAULT_HUB_CAP, 1, 2 ** 31 - 1);
  const workBudget = checkInteger("workBudget", options.workBudget ?? DEFAULT_WORK_BUDGET, 1, 2 ** 31 - 1);
  const x = graph.require(id);
  const { offsets, neighbour, incidentEdge, nodeKind, edgeType, cityOf } = graph;
  const kind = nodeKind[x]!;
  const viaLocated = graph.kinds[kind] === "CITY";

  // reasonOf[kind] and linkOk[kind * types + type] say whether a neighbour counts as shared.
  const sharedNeighbours = options.sharedNeighbours ?? SHARED_NEIGHBOURS;
  const typeCount = graph.types.length;
  const reasonOf: (ReasonKind | null)[] = graph.kinds.map((k) => sharedNeighbours[k]?.reason ?? null);
  const linkOk = new Uint8Array(graph.kinds.length * typeCount);
  graph.kinds.forEach((k, ki) => {
    for (const type of sharedNeighbours[k]?.linkTypes ?? []) {
      const ti = graph.typeIndex(type);
      if (ti >= 0) linkOk[ki * typeCount + ti] = 1;
    }
  });
  const shares = (f: number, e: number) => linkOk[nodeKind[f]! * typeCount + edgeType[e]!] === 1;

  const context = [x];
  if (viaLocated) for (let k = graph.locatedOffsets[x]!; k < graph.locatedOffsets[x + 1]!; k++) context.push(graph.locatedNodes[k]!);
  const featureSet = new Set<number>();
  for (const c of context) {
    for (let k = offsets[c]!; k < offsets[c + 1]!; k++) {
      const f = neighbour[k]!;
      if (f !== x && graph.degree(f) <= hubCap && shares(f, incidentEdge[k]!)) featureSet.add(f);
    }
  }
  // Rarest first: they weigh most, so a budget cut drops the least telling.
  const features = [...featureSet].sort((a, b) => graph.degree(a) - graph.degree(b) || a - b);

  const candidates = new Map<number, Candidate>();
  const candidate = (o: number): Candidate => {
    let c = candidates.get(o);
    if (!c) {
      c = { lastFeature: -1, shared: new Map(), textDot: 0 };
      candidates.set(o, c);
    }
    return c;
  };
  const ownerOf = (m: number): number => (nodeKind[m] === kind ? m : viaLocated ? cityOf[m]! : -1);

  let work = 0;
  for (const f of features) {
    const degree = graph.degree(f);
    if (work + degree > workBudget) break;
    work += degree;
    const reason = reasonOf[nodeKind[f]!]!;
    const weight = 1 / Math.log(1 + degree);
    for (let k = offsets[f]!; k < offsets[f + 1]!; k++) {
      const o = ownerOf(neighbour[k]!);
      if (o < 0 || o === x || !shares(f, incidentEdge[k]!)) continue;
      const c = candidate(o);
      if (c.lastFeature === f) continue;
      c.lastFeature = f;
      const entry = c.shared.get(reason);
      if (entry) {
        entry.via.push(f);
        entry.weight += weight;
      } else c.shared.set(reason, { via: [f], weight });
    }
  }

  const series = graph.attr(x, "series") || null;
  const country = graph.attr(x, "country");
  const continent = graph.attr(x, "continent");
  const members = series === null ? undefined : graph.seriesMembers.get(series);
  if (members && members.length <= hubCap) {
    for (const m of members) if (m !== x && nodeKind[m] === kind) candidate(m);
  }

  const text = graph.text;
  const words: number[] = [];
  for (let k = text.offsets[x]!; k < text.offsets[x + 1]!; k++) {
    if (text.df[text.tokens[k]!]! <= hubCap) words.push(text.tokens[k]!);
  }
  words.sort((a, b) => text.df[a]! - text.df[b]! || a - b);
  for (const w of words) {
    const df = text.df[w]!;
    if (work + df > workBudget) break;
    work += df;
    const idf2 = text.idf[w]! ** 2;
    for (let k = text.postingOffsets[w]!; k < text.postingOffsets[w + 1]!; k++) {
      const m = text.postings[k]!;
      if (m !== x && nodeKind[m] === kind) candidate(m).textDot += idf2;
    }
  }

  const sameSeries = (o: number) => series !== null && graph.attr(o, "series") === series;
  const sameCountry = (o: number) => Boolean(country) && graph.attr(o, "country") === country;
  const sameContinent = (o: number) => Boolean(continent) && graph.attr(o, "continent") === continent;
  const textWeight = (o: number, c: Candidate) => RELATED_WEIGHTS.text * (c.textDot / (text.norm[x]! * text.norm[o]!));

  // Ranked on the score alone: the reasons, with their entities' ids, are written out only for
  // the cases returned (a query may weigh thousands of candidates). Ties go by id, and node
  // indices are in id order. The sum runs in the order the reasons are listed below, so the
  // score is the same sum of their weights to the last bit.
  const scored: { index: number; raw: number }[] = [];
  for (const [o, c] of candidates) {
    let raw = 0;
    for (const { weight } of c.shared.values()) raw += weight;
    if (sameSeries(o)) raw += RELATED_WEIGHTS.series;
    if (sameCountry(o)) raw += RELATED_WEIGHTS.country;
    else if (sameContinent(o)) raw += RELATED_WEIGHTS.continent;
    if (c.textDot > 0) raw += textWeight(o, c);
    scored.push({ index: o, raw });
  }
  scored.sort((a, b) => b.raw - a.raw || a.index - b.index);

  return scored.slice(0, first).map(({ index: o, raw }) => {
    const c = candidates.get(o)!;
    const reasons: Reason[] = [];
    for (const [reason, { via, weight }] of c.shared) reasons.push({ kind: reason, via: via.map((f) => graph.id(f)), weight });
    if (sameSeries(o)) reasons.push({ kind: "SAME_SERIES", via: [series!], weight: RELATED_WEIGHTS.series });
    if (sameCountry(o)) reasons.push({ kind: "SAME_COUNTRY", via: [country!], weight: RELATED_WEIGHTS.country });
    else if (sameContinent(o)) reasons.push({ kind: "SAME_CONTINENT", via: [continent!], weight: RELATED_WEIGHTS.continent });
    if (c.textDot > 0) reasons.push({ kind: "SIMILAR_TEXT", via: sharedWords(graph, x, o, hubCap), weight: textWeight(o, c) });
    reasons.sort((a, b) => b.weight - a.weight || compareStrings(a.kind, b.kind));
    return { id: graph.id(o), score: raw / (1 + raw), reasons };
  });
}

/** The rarest words two nodes share (only worked out for the cases returned). */
function sharedWords(graph: Graph, a: number, b: number, hubCap: number): string[] {
  const { offsets, tokens, df, words } = graph.text;
  const shared: number[] = [];
  let i = offsets[a]!;
  let j = offsets[b]!;
  while (i < offsets[a + 1]! && j < offsets[b + 1]!) {
    const ta = tokens[i]!;
    const tb = tokens[j]!;
    if (ta === tb) {
      if (df[ta]! <= hubCap) shared.push(ta);
      i++;
      j++;
    } else if (ta < tb) i++;
    else j++;
  }
  shared.sort((p, q) => df[p]! - df[q]! || compareStrings(words[p]!, words[q]!));
  return shared.slice(0, TEXT_VIA_WORDS).map((w) => words[w]!);
}
