// The path between two picked nodes: fetched, merged into the graph (its nodes may lie outside
// what is shown) and highlighted there, and told in words here.
import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import type { GraphEdgeType } from "../../generated/gql/graphql.ts";
import { ErrorMessage } from "../../lib/query-state.tsx";
import type { GraphData } from "./graph-state.ts";

const GraphPathQuery = graphql(`
  query GraphPath($from: ID!, $to: ID!, $linkTypes: [GraphEdgeType!]) {
    path(from: $from, to: $to, linkTypes: $linkTypes, first: 1) {
      length
      sentence
      nodes {
        id
        key
        kind
        label
        connectionCount
        metrics {
          community {
            rank
          }
        }
      }
      steps {
        sentence
        edge {
          key
          type
          fromKey
          toKey
          roleName
          startDate
          endDate
          sentence
        }
      }
    }
  }
`);

export interface PathState {
  requested: boolean;
  fetching: boolean;
  error: Error | null;
  sentence: string | null;
  steps: string[];
  graph: GraphData | null;
  highlight: { nodes: Set<string>; edges: Set<string> } | null;
}

export function usePath(from: string | null, to: string | null, linkTypes: GraphEdgeType[] | null): PathState {
  const requested = Boolean(from && to && from !== to);
  const [{ data, fetching, error }] = useQuery({ query: GraphPathQuery, variables: { from: from ?? "", to: to ?? "", linkTypes }, pause: !requested });
  return useMemo(() => {
    const found = requested ? data?.path[0] : undefined;
    if (!found) return { requested, fetching, error: error ?? null, sentence: null, steps: [], graph: null, highlight: null };
    const graph: GraphData = {
      nodes: found.nodes.map((node) => ({
        key: node.key,
        kind: node.kind,
        label: node.label,
        degree: node.connectionCount,
        community: node.metrics?.community.rank ?? 99,
      })),
      edges: found.steps.map((step) => step.edge),
    };
    return {
      requested,
      fetching,
      error: error ?? null,
      sentence: found.sentence,
      steps: found.steps.map((step) => step.sentence),
      graph,
      highlight: { nodes: new Set(graph.nodes.map((node) => node.key)), edges: new Set(graph.edges.map((edge) => edge.key)) },
    };
  }, [requested, data, fetching, error]);
}

export function PathSummary({ path, onClear }: { path: PathState; onClear: () => void }) {
  if (!path.requested) return null;
  return (
    <section className="path-summary" aria-labelledby="path-summary-heading" aria-live="polite">
      <h2 id="path-summary-heading">Path</h2>
      {path.error ? <ErrorMessage error={path.error} /> : null}
      {path.fetching && !path.sentence ? <p className="meta">Finding the path…</p> : null}
      {!path.fetching && !path.error && !path.sentence ? <p>No path joins them within six steps.</p> : null}
      {path.sentence ? (
        <ol className="path-steps">
          {path.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="link-button" onClick={onClear}>
        Clear the path
      </button>
    </section>
  );
}
