// relatedCases: same-kind entities ranked by what they share, each reason spelled out.
import { describe, expect, it } from "vitest";
import { Graph, relatedCases, RELATED_WEIGHTS, type EdgeInput, type NodeInput } from "@agora/graph";

// A neighbour shared by the two and d − 2 others weighs 1/ln(1 + d).
const aa = (degree: number) => 1 / Math.log(1 + degree);

const node = (id: string, kind: string, attrs: NodeInput["attrs"] = {}): NodeInput => ({ id, kind, label: id, attrs });
const link = (source: string, target: string, type: string): EdgeInput => ({ id: `${source}>${target}`, source, target, type, role: "" });

// s1 is the session asked about. s2 shares two rare themes, a speaker and the series; s3 a rare
// theme, a common one, the organiser and the country; s4 the common theme and the continent;
// s6 and s7 only the common theme; s5 only words.
const buildGraph = () =>
  Graph.build(
  [
    node("s1", "SESSION", { series: "GSEF", country: "KR", continent: "ASIA", city: "seoul", text: "social economy local development training" }),
    node("s2", "SESSION", { series: "GSEF", country: "CA", continent: "NORTH_AMERICA", city: "montreal" }),
    node("s3", "SESSION", { country: "KR", continent: "ASIA", city: "seoul" }),
    node("s4", "SESSION", { country: "JP", continent: "ASIA", city: "tokyo" }),
    node("s5", "SESSION", { text: "social economy training cooperatives" }),
    node("s6", "SESSION"),
    node("s7", "SESSION"),
    node("capacity", "THEME"),
    node("training", "THEME"),
    node("common", "THEME"),
    node("ana", "PERSON"),
    node("ben", "PERSON"),
    node("cy", "PERSON"),
    node("uclg", "ORGANISATION"),
    node("mondragon", "ORGANISATION"),
    node("network", "ORGANISATION"),
    node("seoul", "CITY", { country: "KR", continent: "ASIA" }),
    // The API's loader gives a city itself as its attrs.city; that must change nothing.
    node("montreal", "CITY", { country: "CA", continent: "NORTH_AMERICA", city: "montreal" }),
    node("tokyo", "CITY", { country: "JP", continent: "ASIA" }),
    node("bilbao", "CITY", { country: "ES", continent: "EUROPE" }),
    node("congress", "SESSION"),
    node("part1", "SESSION"),
    node("part2", "SESSION"),
  ],
  [
    ...["s1", "s2", "s3"].map((s) => link(s, "capacity", "THEME_TAG")),
    ...["s1", "s2"].map((s) => link(s, "training", "THEME_TAG")),
    ...["s1", "s3", "s4", "s6", "s7"].map((s) => link(s, "common", "THEME_TAG")),
    link("ana", "s1", "PARTICIPATION"),
    link("ana", "s2", "PARTICIPATION"),
    link("ben", "s1", "PARTICIPATION"),
    link("uclg", "s1", "ORGANISATION_ROLE"),
    link("uclg", "s3", "ORGANISATION_ROLE"),
    link("mondragon", "s1", "ORGANISATION_ROLE"),
    link("ana", "uclg", "AFFILIATION"),
    link("cy", "uclg", "AFFILIATION"),
    // A mention is not a shared neighbour: s6 naming ana does not make it like s1.
    link("s6", "ana", "MENTION"),
    link("seoul", "network", "MEMBERSHIP"),
    link("bilbao", "network", "MEMBERSHIP"),
    // Edges the API's loader derives from foreign keys: only PART_OF counts as shared.
    link("s1", "seoul", "HELD_IN"),
    link("s2", "montreal", "HELD_IN"),
    link("part1", "congress", "PART_OF"),
    link("part2", "congress", "PART_OF"),
  ],
);
const graph = buildGraph();

const summary = (cases: ReturnType<typeof relatedCases>) => cases.map((c) => [c.id, c.reasons.map((r) => `${r.kind}:${r.via.join("+")}`)]);

describe("relatedCases for a session", () => {
  const cases = relatedCases(graph, "s1");

  it("ranks by shared rare neighbours first, attributes and words after, ties by id", () => {
    expect(summary(cases)).toEqual([
      ["s2", ["SHARED_THEME:training+capacity", "SAME_SERIES:GSEF", "SHARED_PERSON:ana"]],
      ["s3", ["SHARED_THEME:capacity+common", "SHARED_ORGANISATION:uclg", "SAME_COUNTRY:KR"]],
      ["s4", ["SHARED_THEME:common", "SAME_CONTINENT:ASIA"]],
      ["s6", ["SHARED_THEME:common"]],
      ["s7", ["SHARED_THEME:common"]],
      ["s5", ["SIMILAR_TEXT:economy+social+training"]],
    ]);
  });

  it("weighs each shared neighbour by 1/ln(1 + degree) and maps the sum into [0, 1)", () => {
    const s2 = cases[0]!;
    // Degree is every link: ana has two sessions, an employer and a mention, so 4.
    expect(s2.reasons.map((r) => r.weight)).toEqual([aa(2) + aa(3), RELATED_WEIGHTS.series, aa(4)].map((w) => expect.closeTo(w, 12)));
    const raw = aa(2) + aa(3) + RELATED_WEIGHTS.series + aa(4);
    expect(s2.score).toBeCloseTo(raw / (1 + raw), 12);
    // s1 and s5 are the only texts: shared words weigh ln 2, the others ln 3.
    const [shared, own] = [Math.log(2) ** 2, Math.log(3) ** 2];
    expect(cases[5]!.reasons[0]!.weight).toBeCloseTo((3 * shared) / Math.sqrt((3 * shared + 2 * own) * (3 * shared + own)), 12);
    for (const c of cases) expect(c.score).toBeGreaterThan(0);
    for (const c of cases) expect(c.score).toBeLessThan(1);
  });

  it("ignores neighbours shared by more than hubCap entities, like stop words", () => {
    expect(summary(relatedCases(graph, "s1", { hubCap: 4 }))).toEqual([
      ["s2", ["SHARED_THEME:training+capacity", "SAME_SERIES:GSEF", "SHARED_PERSON:ana"]],
      ["s3", ["SHARED_THEME:capacity", "SHARED_ORGANISATION:uclg", "SAME_COUNTRY:KR"]],
      ["s5", ["SIMILAR_TEXT:economy+social+training"]],
    ]);
  });

  it("takes another definition of shared neighbours", () => {
    const themesOnly = relatedCases(graph, "s1", { sharedNeighbours: { THEME: { reason: "SHARED_THEME", linkTypes: ["THEME_TAG"] } } });
    expect(summary(themesOnly)[0]).toEqual(["s2", ["SHARED_THEME:training+capacity", "SAME_SERIES:GSEF"]]);
  });

  it("relates the parts of one congress", () => {
    expect(summary(relatedCases(graph, "part1"))).toEqual([["part2", ["SHARED_SESSION:congress"]]]);
  });

  it("honours first and rejects unknown ids", () => {
    expect(relatedCases(graph, "s1", { first: 2 }).map((c) => c.id)).toEqual(["s2", "s3"]);
    expect(() => relatedCases(graph, "nope")).toThrow(expect.objectContaining({ code: "UNKNOWN_NODE" }));
    expect(() => relatedCases(graph, "s1", { first: 0 })).toThrow(expect.objectContaining({ code: "OPTION_OUT_OF_RANGE" }));
  });
});

describe("relatedCases for people, organisations and cities", () => {
  it("relates people through sessions and employers", () => {
    expect(summary(relatedCases(graph, "ana"))).toEqual([
      ["cy", ["SHARED_ORGANISATION:uclg"]],
      ["ben", ["SHARED_SESSION:s1"]],
    ]);
  });

  it("relates organisations through the sessions they organised and the people they employ", () => {
    expect(summary(relatedCases(graph, "mondragon"))).toEqual([["uclg", ["SHARED_SESSION:s1"]]]);
  });

  it("relates cities through what their sessions share (2 hops) and their own memberships", () => {
    expect(summary(relatedCases(graph, "seoul"))).toEqual([
      ["montreal", ["SHARED_THEME:training+capacity", "SHARED_PERSON:ana"]],
      ["bilbao", ["SHARED_ORGANISATION:network"]],
      ["tokyo", ["SHARED_THEME:common", "SAME_CONTINENT:ASIA"]],
    ]);
  });
});

describe("relatedCases' working memory, reused from call to call", () => {
  it("answers each query as if it were the first, whatever ran before on the same graph", () => {
    const everyone = ["s1", "s2", "s3", "s4", "s5", "congress", "part1", "ana", "ben", "mondragon", "uclg", "seoul", "tokyo"];
    const fresh = everyone.map((id) => JSON.stringify(relatedCases(buildGraph(), id)));
    const themesOnly = { sharedNeighbours: { THEME: { reason: "SHARED_THEME" as const, linkTypes: ["THEME_TAG"] } } };
    const reused = [...everyone].reverse().map((id) => {
      // Other definitions (fewer reasons per candidate) and sizes in between.
      relatedCases(graph, id, themesOnly);
      relatedCases(graph, id, { first: 1 });
      return [id, JSON.stringify(relatedCases(graph, id))];
    });
    expect(Object.fromEntries(reused)).toEqual(Object.fromEntries(everyone.map((id, i) => [id, fresh[i]])));
  });
});
