// The seven operations `pnpm bench compare` times, as each candidate spells them. Agora's are
// its public schema; PostGraphile's ask its generated schema over the same tables for the
// same objects (or the nearest it can express, marked `approximate`); the ceiling reads only
// `operationName` and `variables`. A query a candidate cannot express is absent from its forms.
import { NEIGHBOURHOOD, NODE_BY_ID, PATH, RELATED_CASES } from "../graph-queries.ts";

export const QUERY_IDS = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"] as const;
export type QueryId = (typeof QUERY_IDS)[number];
export type Dialect = "agora" | "postgraphile" | "ceiling";

export const QUERY_TITLES: Record<QueryId, string> = {
  Q1: "nested list: sessions → participants → person → affiliations → organisation",
  Q2: "search",
  Q3: "related cases",
  Q4: "2-hop neighbourhood",
  Q5: "shortest path",
  Q6: "node by id",
  Q7: "write: update a session",
};

/** Sessions in Q1, participants per session, affiliations per person. */
export const Q1_SHAPE = { participants: 10, affiliations: 5 } as const;

export const AGORA_Q1 = `query Q1($n: Int!) {
  sessions(first: $n) {
    edges { node {
      key title startDate
      participants(first: ${Q1_SHAPE.participants}) { edges { node {
        role
        person { key name affiliations(first: ${Q1_SHAPE.affiliations}) { edges { node { position organisation { key name } } } } }
      } } }
    } }
  }
}`;

/** The same objects from PostGraphile: Session → its Entity row → links in → source person → links out. */
export const POSTGRAPHILE_Q1 = `query Q1($n: Int!) {
  sessions(first: $n, orderBy: [START_DATE_DESC, ROW_ID_ASC]) {
    edges { node {
      rowId title startDate
      entity {
        participants: linksByTargetId(first: ${Q1_SHAPE.participants}, condition: { type: PARTICIPATION }, orderBy: ROW_ID_ASC) { edges { node {
          role
          source {
            rowId
            person { name }
            affiliations: linksBySourceId(first: ${Q1_SHAPE.affiliations}, condition: { type: AFFILIATION }, orderBy: ROW_ID_ASC) { edges { node {
              capacity
              target { rowId organisation { name } }
            } } }
          }
        } } }
      }
    } }
  }
}`;

export const AGORA_Q2 = `query Q2($q: String!) {
  search(query: $q, first: 10) { totalCount edges { node { __typename key label } } }
}`;

/** Two hops both ways from an entity, as nested lists: not Agora's deduplicated, limited subgraph. */
export const POSTGRAPHILE_Q4 = `query Q4($key: String!) {
  entity(rowId: $key) {
    rowId kind label degree
    out: linksBySourceId(first: 25, orderBy: ROW_ID_ASC) { nodes { type role target { ...Hop } } }
    in: linksByTargetId(first: 25, orderBy: ROW_ID_ASC) { nodes { type role source { ...Hop } } }
  }
}
fragment Hop on Entity {
  rowId kind label degree
  out: linksBySourceId(first: 10, orderBy: ROW_ID_ASC) { nodes { type role target { rowId kind label degree } } }
  in: linksByTargetId(first: 10, orderBy: ROW_ID_ASC) { nodes { type role source { rowId kind label degree } } }
}`;

export const POSTGRAPHILE_Q6 = `query Q6($id: ID!) {
  node(id: $id) { id ... on Entity { rowId kind label degree } }
}`;

export const AGORA_Q7 = `mutation Q7($key: ID!, $version: Int!, $venue: String) {
  updateSession(key: $key, expectedVersion: $version, patch: { venue: $venue }) {
    entity { ... on Session { key version venue } }
    userErrors { code message }
  }
}`;

export const POSTGRAPHILE_Q7 = `mutation Q7($key: String!, $venue: String) {
  updateSession(input: { rowId: $key, patch: { venue: $venue } }) { session { rowId venue } }
}`;

/** Seeded samples of the data every candidate's requests are drawn from. */
export interface Targets {
  /** Random live entities (keys). */
  entities: string[];
  /** Entities of the kinds relatedCases compares, with more than two links. */
  related: string[];
  /** Search queries: one or two words of random labels. */
  words: string[];
  /** Sessions the write query edits, each once per pass. */
  writeSessions: string[];
}

/** What varies per candidate process: global IDs, the bearer token, the versions of sessions. */
export interface CandidateState {
  /** key -> global ID in this candidate's schema (Q6). */
  globalIds: Map<string, string>;
  /** Agora: a bearer token of an EDITOR (Q7). */
  token?: string;
  /** Agora: key -> current version of each write session (Q7), kept current from the answers. */
  versions?: Map<string, number>;
}

export interface RequestSource {
  operationName: string;
  /** The ith request body (JSON). */
  body(i: number): string;
  headers: Record<string, string>;
  /** Reads an answer: false when it is an error (GraphQL errors or user errors). */
  check(body: string): boolean;
  /** Objects in an answer, for the side-by-side sanity check ("20 sessions, 131 people"). */
  describe(data: any): string;
  /** A form that asks for comparable, not identical, work. */
  approximate?: string;
}

const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };
const noErrors = (body: string) => !body.includes(`"errors"`);
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
const request = (operationName: string, query: string | null, variables: Record<string, unknown>) =>
  JSON.stringify(query === null ? { operationName, variables } : { operationName, query, variables });

function countQ1(data: any, sessionsAt: (d: any) => any[], participants: (s: any) => any[], affiliations: (p: any) => any[]) {
  const sessions = sessionsAt(data) ?? [];
  const parts = sessions.flatMap(participants);
  const affs = parts.flatMap(affiliations);
  return `${sessions.length} sessions, ${parts.length} participations, ${affs.length} affiliations`;
}

/** The requests of `query` as `dialect` asks it, or null when that candidate cannot express it. */
export function requestSource(query: QueryId, dialect: Dialect, targets: Targets, state: CandidateState, q1Size = 20): RequestSource | null {
  const base = { operationName: query, headers: JSON_HEADERS, check: noErrors };
  if (dialect === "ceiling") {
    if (query === "Q1") return { ...base, body: () => request("Q1", null, { n: q1Size }), describe: describeAgoraQ1 };
    if (query === "Q6") {
      const keys = targets.entities.filter((k) => state.globalIds.has(k));
      return { ...base, body: (i) => request("Q6", null, { key: pick(keys, i), id: state.globalIds.get(pick(keys, i)) }), describe: (d) => (d.node ? "1 entity" : "none") };
    }
    return null;
  }
  if (dialect === "postgraphile") {
    switch (query) {
      case "Q1":
        return {
          ...base,
          body: () => request("Q1", POSTGRAPHILE_Q1, { n: q1Size }),
          describe: (d) =>
            countQ1(
              d,
              (x) => x.sessions.edges.map((e: any) => e.node),
              (s) => s.entity.participants.edges.map((e: any) => e.node),
              (p) => p.source.affiliations.edges,
            ),
        };
      case "Q4":
        return {
          ...base,
          body: (i) => request("Q4", POSTGRAPHILE_Q4, { key: pick(targets.entities, i) }),
          describe: (d) => {
            const first = [...(d.entity?.out.nodes ?? []), ...(d.entity?.in.nodes ?? [])];
            const second = first.flatMap((l: any) => {
              const e = l.target ?? l.source;
              return e ? [...e.out.nodes, ...e.in.nodes] : [];
            });
            return `${first.length} + ${second.length} links`;
          },
          approximate: "nested links both ways, 25 then 10 per entity, no deduplication or limit",
        };
      case "Q6": {
        const keys = targets.entities.filter((k) => state.globalIds.has(k));
        return { ...base, body: (i) => request("Q6", POSTGRAPHILE_Q6, { id: state.globalIds.get(pick(keys, i)) }), describe: (d) => (d.node ? "1 entity" : "none") };
      }
      case "Q7":
        return {
          ...base,
          body: (i) => request("Q7", POSTGRAPHILE_Q7, { key: pick(targets.writeSessions, i), venue: `Bench venue ${i}` }),
          describe: (d) => (d.updateSession?.session ? "1 session updated" : "none"),
          approximate: "a plain UPDATE of the Session row: no version check, revision or authentication",
        };
      default:
        return null;
    }
  }
  switch (query) {
    case "Q1":
      return { ...base, body: () => request("Q1", AGORA_Q1, { n: q1Size }), describe: describeAgoraQ1 };
    case "Q2":
      return {
        ...base,
        body: (i) => request("Q2", AGORA_Q2, { q: pick(targets.words, i) }),
        describe: (d) => `${d.search.edges.length} hits of ${d.search.totalCount}`,
      };
    case "Q3":
      return {
        ...base,
        body: (i) => request("RelatedCases", RELATED_CASES, { id: pick(targets.related, i) }),
        describe: (d) => `${d.relatedCases.length} cases`,
      };
    case "Q4":
      return {
        ...base,
        body: (i) => request("Neighbourhood", NEIGHBOURHOOD, { id: pick(targets.entities, i) }),
        describe: (d) => `${d.neighbourhood.nodeCount} nodes, ${d.neighbourhood.edgeCount} edges`,
      };
    case "Q5":
      return {
        ...base,
        body: (i) => request("Path", PATH, { from: pick(targets.entities, i), to: pick(targets.entities, i * 7 + 3) }),
        describe: (d) => `${d.path.length} paths${d.path[0] ? ` of length ${d.path[0].length}` : ""}`,
      };
    case "Q6": {
      const keys = targets.entities.filter((k) => state.globalIds.has(k));
      return { ...base, body: (i) => request("NodeById", NODE_BY_ID, { id: state.globalIds.get(pick(keys, i)) }), describe: (d) => (d.node ? "1 entity" : "none") };
    }
    case "Q7": {
      const versions = state.versions!;
      return {
        ...base,
        headers: { ...JSON_HEADERS, authorization: `Bearer ${state.token}` },
        body: (i) => {
          const key = pick(targets.writeSessions, i);
          return request("Q7", AGORA_Q7, { key, version: versions.get(key), venue: `Bench venue ${i}` });
        },
        // Keeps each session's version current, so the next edit of it is not refused as stale.
        check: (body) => {
          if (!noErrors(body) || !body.includes(`"userErrors":[]`)) return false;
          const entity = (JSON.parse(body) as any).data?.updateSession?.entity;
          if (entity) versions.set(entity.key, entity.version);
          return true;
        },
        describe: (d) => (d.updateSession?.entity ? "1 session updated" : `refused: ${JSON.stringify(d.updateSession?.userErrors)}`),
      };
    }
  }
}

function describeAgoraQ1(d: any) {
  return countQ1(
    d,
    (x) => x.sessions.edges.map((e: any) => e.node),
    (s) => s.participants.edges.map((e: any) => e.node),
    (p) => p.person.affiliations.edges,
  );
}
