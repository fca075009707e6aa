// The graph queries and their conversion to the explorer's plain data.
import { useEffect, useMemo, useState } from "react";
import { useClient } from "urql";
import { graphql, useFragment, type FragmentType } from "../../generated/gql/index.ts";
import type { EntityKind, GraphEdgeType } from "../../generated/gql/graphql.ts";
import type { GraphData } from "./graph-state.ts";

export const GraphData_SubgraphFragment = graphql(`
  fragment GraphData_Subgraph on Subgraph {
    truncated
    graphNodes {
      key
      kind
      label
      depth
      degree
      community
      continent
      date
    }
    edges {
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
`);

export const GraphExpansionQuery = graphql(`
  query GraphExpansion($key: ID!, $kinds: [EntityKind!], $linkTypes: [GraphEdgeType!]) {
    neighbourhood(id: $key, depth: 1, kinds: $kinds, linkTypes: $linkTypes, limit: 500) {
      ...GraphData_Subgraph
    }
  }
`);

// The client preset's useFragment is a plain unmasking function, not a hook: safe here.
export function toGraphData(subgraph: FragmentType<typeof GraphData_SubgraphFragment>): GraphData & { truncated: boolean } {
  const data = useFragment(GraphData_SubgraphFragment, subgraph);
  return { nodes: data.graphNodes, edges: data.edges, truncated: data.truncated };
}

const NOTHING_YET: ReadonlyMap<string, GraphData | "failed"> = new Map();

interface Filters {
  kinds: EntityKind[] | null;
  linkTypes: GraphEdgeType[] | null;
}

/**
 * The depth-1 neighbourhoods of the expanded nodes, fetched one query each (Graphcache answers
 * repeats), keyed by node. Unknown keys (a stale address) end as errors, not as a broken page.
 * The lists keep their identity until an answer arrives, so that the page's merged graph (and
 * the canvas fed from it) is not rebuilt on every render.
 */
export function useExpansions(keys: readonly string[], filters: Filters): { graphs: GraphData[]; pending: string[]; failed: string[] } {
  const client = useClient();
  const filterKey = JSON.stringify(filters);
  const [results, setResults] = useState<{ filterKey: string; byKey: ReadonlyMap<string, GraphData | "failed"> }>({ filterKey, byKey: NOTHING_YET });
  const byKey = results.filterKey === filterKey ? results.byKey : NOTHING_YET;
  const keysText = keys.join(",");

  useEffect(() => {
    let live = true;
    for (const key of keys) {
      if (byKey.has(key)) continue;
      client
        .query(GraphExpansionQuery, { key, kinds: filters.kinds, linkTypes: filters.linkTypes })
        .toPromise()
        .then((result) => {
          if (!live) return;
          const value = result.data ? toGraphData(result.data.neighbourhood) : ("failed" as const);
          setResults((current) => {
            const base = current.filterKey === filterKey ? current.byKey : NOTHING_YET;
            return { filterKey, byKey: new Map(base).set(key, value) };
          });
        });
    }
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by their text, not identity
  }, [client, keysText, filterKey]);

  return useMemo(() => {
    const graphs: GraphData[] = [];
    const pending: string[] = [];
    const failed: string[] = [];
    for (const key of keysText ? keysText.split(",") : []) {
      const value = byKey.get(key);
      if (value === undefined) pending.push(key);
      else if (value === "failed") failed.push(key);
      else graphs.push(value);
    }
    return { graphs, pending, failed };
  }, [byKey, keysText]);
}
