// A small hand-built graph for the export tests: every kind, every link type, and the names that
// break naive serialisers (accents, Hangul, `&`, `<`, quotes, line breaks, control characters).
import type { ExportGraph } from "@agora/export";

export const SITE = "https://agora.example";
const page = (kind: string, id: string) => `${SITE}/${kind}/${id}`;

export const TRICKY_DESCRIPTION = 'Founder of the "Mondragon" co-operatives,\r\nBasque Country; priest, teacher & organiser';

export const fixture: ExportGraph = {
  meta: {
    title: "Agora — GSEF knowledge exchange",
    description: 'Test fixture with "quotes" & <tags>',
    source: SITE,
    generatedAt: "2026-01-02T03:04:05Z",
  },
  nodes: [
    {
      id: "jose-maria-arizmendiarrieta",
      kind: "PERSON",
      label: "José María Arizmendiarrieta",
      description: TRICKY_DESCRIPTION,
      url: page("person", "jose-maria-arizmendiarrieta"),
      country: "Spain",
      continent: "EUROPE",
      attributes: { givenName: "José María", familyName: "Arizmendiarrieta", honorific: "Fr." },
    },
    {
      id: "kim-joung-youl",
      kind: "PERSON",
      label: "Kim Joung-Youl 김정열",
      description: "Korean name: 김정열",
      url: page("person", "kim-joung-youl"),
      degree: 5,
      community: "seoul-circle",
    },
    { id: "kr", kind: "COUNTRY", label: "Republic of Korea", url: page("country", "kr"), continent: "ASIA", attributes: { code: "KR" } },
    { id: "es", kind: "COUNTRY", label: "Spain", url: page("country", "es"), continent: "EUROPE", attributes: { code: "ES" } },
    {
      id: "seoul",
      kind: "CITY",
      label: "Seoul 서울",
      url: page("city", "seoul"),
      country: "kr",
      continent: "ASIA",
      latitude: 37.5665,
      longitude: 126.978,
      attributes: { region: "Seoul Capital Area" },
    },
    {
      id: "bilbao",
      kind: "CITY",
      label: "Bilbao",
      url: page("city", "bilbao"),
      // By label, not key: the export resolves either.
      country: "Spain",
      continent: "EUROPE",
      latitude: 43.263,
      longitude: -2.935,
    },
    {
      id: "cities",
      kind: "ORGANISATION",
      label: "C.I.T.I.E.S",
      url: page("organisation", "cities"),
      country: "kr",
      attributes: { organisationKind: "SSE_NETWORK", acronym: "CITIES", website: "https://cities.example.org", city: "seoul" },
    },
    {
      id: "rd-lab",
      kind: "ORGANISATION",
      label: "R&D <lab>",
      // A tab, a lone CR+LF, quotes, markup, and characters XML 1.0 cannot carry (U+0001, U+000B, a lone surrogate).
      description: 'Says "hi" & <b>bye</b>\tthen\r\nmore\u0001\u000B\uD800',
      url: page("organisation", "rd-lab"),
      start: "2010",
      attributes: { organisationKind: "RESEARCH_INSTITUTE", acronym: null },
    },
    {
      id: "mondragon",
      kind: "ORGANISATION",
      label: "Mondragon Corporation, Co-op",
      url: page("organisation", "mondragon"),
      start: "1956",
      country: "es",
      attributes: { organisationKind: "COOPERATIVE", city: "bilbao" },
    },
    {
      id: "gsef",
      kind: "ORGANISATION",
      label: "Global Social Economy Forum (GSEF)",
      url: page("organisation", "gsef"),
      attributes: { organisationKind: "LOCAL_GOVERNMENT_NETWORK", acronym: "GSEF" },
    },
    {
      id: "gsef-2018-bilbao",
      kind: "SESSION",
      label: 'GSEF 2018 Bilbao: "Social economy and cities"',
      url: page("session", "gsef-2018-bilbao"),
      start: "2018-10-01",
      end: "2018-10-03",
      country: "es",
      continent: "EUROPE",
      attributes: { sessionKind: "FORUM", series: "GSEF Forum", edition: 4, city: "bilbao", venue: "Euskalduna Palace" },
    },
    {
      id: "training-2019",
      kind: "SESSION",
      label: "Training,\nSenegal\u0007",
      url: page("session", "training-2019"),
      // A month and no end: the whole month in the timeline.
      start: "2019-05",
      attributes: { sessionKind: "TRAINING", participantCount: 120, online: false, rating: 4.5 },
    },
    {
      id: "report-2019",
      kind: "RESOURCE",
      label: "Report: SSE & cities, 2019",
      url: page("resource", "report-2019"),
      start: "2019",
      attributes: { resourceKind: "REPORT", language: "en" },
    },
    {
      id: "video-2020",
      kind: "RESOURCE",
      label: "Interview (video)",
      url: page("resource", "video-2020"),
      // A leap month.
      start: "2020-02",
      attributes: { resourceKind: "VIDEO", language: "ko", participantCount: "about 30" },
    },
    // No url: its IRI is minted from its key.
    { id: "capacity-building", kind: "THEME", label: "Capacity building" },
  ],
  edges: [
    { id: "l1", source: "kim-joung-youl", target: "gsef-2018-bilbao", type: "PARTICIPATION", role: "speaker", capacity: "President, GSEF", asOf: "2018-10" },
    // The same person, session and link type again, in another role: must stay a separate edge.
    { id: "l2", source: "kim-joung-youl", target: "gsef-2018-bilbao", type: "PARTICIPATION", role: "moderator" },
    { id: "l3", source: "jose-maria-arizmendiarrieta", target: "training-2019", type: "PARTICIPATION", role: "participant" },
    { id: "l4", source: "gsef", target: "gsef-2018-bilbao", type: "ORGANISATION_ROLE", role: "organiser" },
    { id: "l5", source: "rd-lab", target: "training-2019", type: "ORGANISATION_ROLE", role: "partner" },
    { id: "l6", source: "kim-joung-youl", target: "gsef", type: "AFFILIATION", role: "co-chair", capacity: 'Co-chair, "GSEF" & friends', start: "2014", end: "2018-10" },
    { id: "l7", source: "jose-maria-arizmendiarrieta", target: "mondragon", type: "AFFILIATION", role: "founder", start: "1956-04-14" },
    { id: "l8", source: "cities", target: "gsef", type: "MEMBERSHIP", role: "member", asOf: "2019-12-31" },
    { id: "l9", source: "seoul", target: "gsef", type: "MEMBERSHIP", role: "co-chair", start: "2014" },
    { id: "l10", source: "report-2019", target: "gsef", type: "RESOURCE_LINK", role: "publisher" },
    { id: "l11", source: "report-2019", target: "rd-lab", type: "RESOURCE_LINK", role: "author" },
    { id: "l12", source: "video-2020", target: "kim-joung-youl", type: "RESOURCE_LINK", role: "interviewee" },
    { id: "l13", source: "gsef-2018-bilbao", target: "capacity-building", type: "THEME_TAG", role: "theme" },
    { id: "l14", source: "mondragon", target: "capacity-building", type: "THEME_TAG", role: "theme" },
    { id: "l15", source: "report-2019", target: "bilbao", type: "MENTION", role: "mention" },
    { id: "l16", source: "gsef-2018-bilbao", target: "mondragon", type: "MENTION", role: "mention" },
  ],
};

export const node = (id: string) => {
  const found = fixture.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`No node ${id} in the fixture`);
  return found;
};
