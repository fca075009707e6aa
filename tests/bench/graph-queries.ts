// The GraphQL operations the graph benchmark times, shared with the scale test that checks
// their answers, so the benchmark never times a query that returns nonsense.

/** What the web app's graph explorer asks for (GraphData_Subgraph), two hops deep. */
export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, limit: 500) {
    nodeCount edgeCount truncated
    graphNodes { key kind label depth degree community continent date }
    edges { key type fromKey toKey roleName startDate endDate sentence }
  }
}`;

/** The least a graph query can ask: what the one-off read and build of the graph is timed with. */
export const NEIGHBOURHOOD_COUNT = `query NeighbourhoodCount($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 1) { nodeCount } }`;

export const PATH = `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) { length nodes { key kind label } sentence }
}`;

export const RELATED_CASES = `query RelatedCases($id: ID!) {
  relatedCases(id: $id) { score entity { key kind label } reasons { kind text } }
}`;

export const ENTITY_BY_KEY = `query EntityByKey($key: String!) {
  entity(key: $key) { id key kind label connectionCount }
}`;

export const NODE_BY_ID = `query NodeById($id: ID!) {
  node(id: $id) { id ... on Entity { key kind label connectionCount } }
}`;

/** The kinds relatedCases compares. */
export const RELATED_KINDS = ["SESSION", "CITY", "ORGANISATION", "PERSON"] as const;
