import { checkInteger } from "./errors.ts";
import { compareStrings, type Graph } from "./graph.ts";
import { grown } from "./typed-arrays.ts";

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

/**
 * Per-graph working memory of relatedCases, reused by every call (the function is synchronous,
 * so calls never overlap): a query may credit tens of thousands of candidates, and an object,
 * a Map and arrays per candidate, all alive while the scores add up, were most of what the
 * young generation had to copy (and then promote) under load.
 */
class Scratch {
  /** Candidate slot of each node, -1 when it is not a candidate (reset after every call). */
  readonly slotOf: Int32Array;
  /** By slot: the node, the last shared neighbour credited (a candidate reached twice through one counts once), the text dot product. */
  node = new Int32Array(1024);
  lastFeature = new Int32Array(1024);
  textDot = new Float64Array(1024);
  /** By slot: how many reasons, and which, in the order they were first credited (`stride` per slot). */
  reasonCount = new Uint8Array(1024);
  reasonOrder = new Uint8Array(1024);
  /** By slot × reason: the weight (0: not credited; a credit is always > 0). */
  weight = new Float64Array(1024);
  /** (slot, shared neighbour) per credit, in the order credited: the `via` of the cases returned. */
  credits = new Int32Array(2048);
  count = 0;
  creditCount = 0;
  stride = 1;

  constructor(nodes: number) {
    this.slotOf = new Int32Array(nodes).fill(-1);
  }

  begin(stride: number) {
    this.stride = stride;
    if (this.weight.length < this.node.length * stride) {
      this.weight = new Float64Array(this.node.length * stride);
      this.reasonOrder = new Uint8Array(this.node.length * stride);
    }
  }

  slot(o: number): number {
    let c = this.slotOf[o]!;
    if (c >= 0) return c;
    c = this.count++;
    if (c === this.node.length) this.grow();
    this.slotOf[o] = c;
    this.node[c] = o;
    this.lastFeature[c] = -1;
    this.textDot[c] = 0;
    this.reasonCount[c] = 0;
    this.weight.fill(0, c * this.stride, (c + 1) * this.stride);
    return c;
  }

  credit(c: number, reason: number, feature: number, weight: number) {
    const at = c * this.stride + reason;
    if (this.weight[at] === 0) this.reasonOrder[c * this.stride + this.reasonCount[c]!++] = reason;
    this.weight[at]! += weight;
    if (2 * this.creditCount + 2 > this.credits.length) this.credits = grown(this.credits, this.credits.length * 2);
    this.credits[2 * this.creditCount] = c;
    this.credits[2 * this.creditCount++ + 1] = feature;
  }

  /** Forgets the call's candidates (slotOf back to -1). */
  end() {
    for (let c = 0; c < this.count; c++) this.slotOf[this.node[c]!] = -1;
    this.count = 0;
    this.creditCount = 0;
  }

  private grow() {
    const size = this.node.length * 2;
    this.node = grown(this.node, size);
    this.lastFeature = grown(this.lastFeature, size);
    this.textDot = grown(this.textDot, size);
    this.reasonCount = grown(this.reasonCount, size);
    this.reasonOrder = grown(this.reasonOrder, size * this.stride);
    this.weight = grown(this.weight, size * this.stride);
  }
}

const scratches = new WeakMap<Graph, Scratch>();

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
  const { offsets, neighbour, incidentEdge, nodeKind, edgeType } = graph;
  const kind = nodeKind[x]!;
  const viaLocated = graph.kinds[kind] === "CITY";

  // reasonIndex[kind] (into reasonKinds, each reason once; -1: none) and linkOk[kind * types +
  // type] say whether and as what a neighbour counts as shared.
  const sharedNeighbours = options.sharedNeighbours ?? SHARED_NEIGHBOURS;
  const typeCount = graph.types.length;
  const reasonKinds: ReasonKind[] = [];
  const reasonIndex = graph.kinds.map((k) => {
    const reason = sharedNeighbours[k]?.reason;
    if (reason === undefined) return -1;
    const at = reasonKinds.indexOf(reason);
    return at >= 0 ? at : reasonKinds.push(reason) - 1;
  });
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

  let s = scratches.get(graph);
  if (!s) scratches.set(graph, (s = new Scratch(graph.nodeCount)));
  s.begin(Math.max(1, reasonKinds.length));
  try {
    return rankCandidates(graph, s, x, { first, hubCap, workBudget, kind, viaLocated, features, reasonKinds, reasonIndex, shares });
  } finally {
    s.end();
  }
}

interface RankInput {
  first: number;
  hubCap: number;
  workBudget: number;
  kind: number;
  viaLocated: boolean;
  features: number[];
  reasonKinds: ReasonKind[];
  reasonIndex: number[];
  shares: (f: number, e: number) => boolean;
}

function rankCandidates(graph: Graph, s: Scratch, x: number, { first, hubCap, workBudget, kind, viaLocated, features, reasonKinds, reasonIndex, shares }: RankInput): RelatedCase[] {
  const { offsets, neighbour, incidentEdge, nodeKind, cityOf } = graph;
  const ownerOf = (m: number): number => (nodeKind[m] === kind ? m : viaLocated ? cityOf[m]! : -1);

  let work = 0;
  for (const f of features) {
    const degree = graph.degree(f);
    if (work + degree > workBudget) break;
    work += degree;
    const reason = reasonIndex[nodeKind[f]!]!;
    const weight = 1 / Math.log(1 + degree);
    for (let k = offsets[f]!; k < offsets[f + 1]!; k++) {
      const o = ownerOf(neighbour[k]!);
      if (o < 0 || o === x || !shares(f, incidentEdge[k]!)) continue;
      const c = s.slot(o);
      if (s.lastFeature[c] === f) continue;
      s.lastFeature[c] = f;
      s.credit(c, reason, f, weight);
    }
  }

  const series = graph.attr(x, "series") || null;
  const country = graph.attr(x, "country");
  const continent = graph.attr(x, "continent");
  const members = series === null ? undefined : graph.seriesMembers.get(series);
  if (members && members.length <= hubCap) {
    for (const m of members) if (m !== x && nodeKind[m] === kind) s.slot(m);
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
      if (m !== x && nodeKind[m] === kind) s.textDot[s.slot(m)]! += idf2;
    }
  }

  const sameSeries = (o: number) => series !== null && graph.attr(o, "series") === series;
  const sameCountry = (o: number) => Boolean(country) && graph.attr(o, "country") === country;
  const sameContinent = (o: number) => Boolean(continent) && graph.attr(o, "continent") === continent;
  const textWeight = (o: number, c: number) => RELATED_WEIGHTS.text * (s.textDot[c]! / (text.norm[x]! * text.norm[o]!));

  // Ranked on the score alone, the best `first` kept as they come: the reasons, with their
  // entities' ids, are written out only for the cases returned. Ties go by id, and node indices
  // are in id order. The shared-neighbour weights are summed in the order they were first
  // credited, then the others in the order listed below, so a score is the same sum to the last bit.
  const top: number[] = [];
  const topRaw: number[] = [];
  const { stride } = s;
  for (let c = 0; c < s.count; c++) {
    const o = s.node[c]!;
    let raw = 0;
    for (let j = 0; j < s.reasonCount[c]!; j++) raw += s.weight[c * stride + s.reasonOrder[c * stride + j]!]!;
    if (sameSeries(o)) raw += RELATED_WEIGHTS.series;
    if (sameCountry(o)) raw += RELATED_WEIGHTS.country;
    else if (sameContinent(o)) raw += RELATED_WEIGHTS.continent;
    if (s.textDot[c]! > 0) raw += textWeight(o, c);
    let at = top.length;
    while (at > 0 && (raw > topRaw[at - 1]! || (raw === topRaw[at - 1]! && o < s.node[top[at - 1]!]!))) at--;
    if (at >= first) continue;
    top.splice(at, 0, c);
    topRaw.splice(at, 0, raw);
    if (top.length > first) {
      top.pop();
      topRaw.pop();
    }
  }

  // Each returned case's shared neighbours, per reason, in the order they were credited.
  const via: string[][][] = top.map(() => []);
  const place = new Map(top.map((c, i) => [c, i]));
  for (let k = 0; k < s.creditCount; k++) {
    const i = place.get(s.credits[2 * k]!);
    if (i === undefined) continue;
    const f = s.credits[2 * k + 1]!;
    (via[i]![reasonIndex[nodeKind[f]!]!] ??= []).push(graph.id(f));
  }

  return top.map((c, i) => {
    const o = s.node[c]!;
    const raw = topRaw[i]!;
    const reasons: Reason[] = [];
    for (let j = 0; j < s.reasonCount[c]!; j++) {
      const r = s.reasonOrder[c * stride + j]!;
      reasons.push({ kind: reasonKinds[r]!, via: via[i]![r]!, weight: s.weight[c * stride + r]! });
    }
    if (sameSeries(o)) reasons.push({ kind: "SAME_SERIES", via: [series!], weight: RELATED_WEIGHTS.series });
    if (sameCountry(o)) reasons.push({ kind: "SAME_COUNTRY", via: [country!], weight: RELATED_WEIGHTS.country });
    else if (sameContinent(o)) reasons.push({ kind: "SAME_CONTINENT", via: [continent!], weight: RELATED_WEIGHTS.continent });
    if (s.textDot[c]! > 0) reasons.push({ kind: "SIMILAR_TEXT", via: sharedWords(graph, x, o, hubCap), weight: textWeight(o, c) });
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
