// /graph: the interactive network. Everything on screen is in the address (see graph-state.ts);
// the WebGL canvas loads on its own, after the controls and the tables, so the page is usable
// (and accessible) before a line of sigma.js has arrived.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../generated/gql/index.ts";
import { DownloadLinks } from "../../lib/download-links.tsx";
import { ErrorMessage, Loading } from "../../lib/query-state.tsx";
import { useQueryState } from "../../lib/url-state.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { GraphControls } from "./graph-controls.tsx";
import { toGraphData, useExpansions } from "./graph-data.tsx";
import { GraphLegend } from "./graph-legend.tsx";
import { GraphTable } from "./graph-table.tsx";
import { mergeGraphs, readGraphState, visibleInPeriod, yearSpan, type GraphData } from "./graph-state.ts";
import { NodePanel } from "./node-panel.tsx";
import { PathSummary, usePath } from "./path-summary.tsx";

const loadGraphCanvas = () => import("./graph-canvas.tsx");
const GraphCanvas = lazy(loadGraphCanvas);

const GraphExplorerQuery = graphql(`
  query GraphExplorer($focus: ID!, $focusKey: String!, $depth: Int!, $kinds: [EntityKind!], $linkTypes: [GraphEdgeType!]) {
    focus: entity(key: $focusKey) {
      id
      key
      label
    }
    neighbourhood(id: $focus, depth: $depth, kinds: $kinds, linkTypes: $linkTypes, limit: 2000) {
      ...GraphData_Subgraph
    }
    networkStats {
      communities(first: 12) {
        rank
        label
        size
      }
    }
  }
`);

const GraphDefaultFocusQuery = graphql(`
  query GraphDefaultFocus {
    networkStats {
      topByDegree(first: 1) {
        entity {
          id
          key
        }
      }
    }
  }
`);

const orNull = <T,>(list: T[]): T[] | null => (list.length > 0 ? list : null);

export function GraphExplorerPage() {
  const [params, setParams] = useQueryState();
  const state = readGraphState(params);
  useDocumentTitle("Graph explorer");
  // Fetch the renderer while the graph's queries run, not after they answer.
  useEffect(() => {
    void loadGraphCanvas();
  }, []);

  // Without a focus, start from the most connected entity and say so in the address.
  const [{ data: fallback }] = useQuery({ query: GraphDefaultFocusQuery, pause: state.focus !== null });
  const fallbackKey = fallback?.networkStats.topByDegree[0]?.entity.key;
  useEffect(() => {
    if (!state.focus && fallbackKey) setParams({ focus: fallbackKey }, { replace: true });
  }, [state.focus, fallbackKey, setParams]);

  const filters = useMemo(() => ({ kinds: orNull(state.kinds), linkTypes: orNull(state.linkTypes) }), [state.kinds.join(), state.linkTypes.join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const [{ data, error, fetching }] = useQuery({
    query: GraphExplorerQuery,
    variables: { focus: state.focus ?? "", focusKey: state.focus ?? "", depth: state.depth, ...filters },
    pause: !state.focus,
  });
  const expansions = useExpansions(state.expand, filters);
  const path = usePath(state.pathFrom, state.pathTo, filters.linkTypes);

  const base = useMemo(() => (data ? toGraphData(data.neighbourhood) : null), [data]);
  const graph: GraphData = useMemo(() => mergeGraphs([base, ...expansions.graphs, path.graph]), [base, expansions.graphs, path.graph]);
  const keep = useMemo(() => new Set([state.focus ?? "", ...(path.highlight?.nodes ?? [])]), [state.focus, path.highlight]);
  const visible = useMemo(() => visibleInPeriod(graph, state.from, state.to, keep), [graph, state.from, state.to, keep]);
  const span = useMemo(() => yearSpan(graph), [graph]);
  const [layoutStatus, setLayoutStatus] = useState("");

  const expand = useCallback(
    (key: string) => {
      const alreadyThere = key === state.focus || state.expand.includes(key);
      setParams({ selected: key, expand: alreadyThere ? state.expand : [...state.expand, key] });
    },
    [setParams, state.focus, state.expand],
  );

  const focusLabel = data?.focus?.label ?? state.focus ?? "";
  const shownNodes = visible.nodes.size;
  const shownEdges = visible.edges.size;
  const summary = `${shownNodes} entities and ${shownEdges} links around ${focusLabel}`;

  return (
    <div className="page-full graph-page">
      <h1>Graph explorer</h1>
      <p className="meta">
        Click a node (or its <em>Expand</em> button in the tables below) to bring in its neighbours. Hover to see its links; pick two nodes to
        see the path between them.
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {data && !data.focus ? <ErrorMessage error={new Error(`No entity has the key “${state.focus}”.`)} /> : null}
      <div className="graph-layout">
        <GraphControls
          state={state}
          span={span}
          onChange={(patch, replace) => setParams(patch, { replace: replace ?? false })}
        />
        <div className="graph-main">
          <p className="graph-status" role="status" aria-live="polite">
            {!data && fetching ? "Loading the graph…" : data ? summary : ""}
            {expansions.pending.length ? ` · expanding ${expansions.pending.length}…` : ""}
            {base?.truncated ? " · the nearest 2,000 are shown" : ""}
            {layoutStatus ? <span className="visually-hidden"> {layoutStatus}</span> : null}
          </p>
          <div className="graph-stage">
            {data ? (
              <Suspense fallback={<Loading what="Loading the graph renderer" height="100%" />}>
                <GraphCanvas
                  data={graph}
                  colourBy={state.colour}
                  visible={visible}
                  path={path.highlight}
                  selected={state.selected}
                  onNodeClick={expand}
                  onStatus={setLayoutStatus}
                  label={`Network graph: ${summary}. The same nodes and links are listed in the tables below the graph.`}
                />
              </Suspense>
            ) : (
              <Loading what="Loading the graph" height="100%" />
            )}
            <GraphLegend colourBy={state.colour} graph={graph} communities={data?.networkStats.communities ?? []} />
          </div>
          {state.selected ? (
            <NodePanel
              nodeKey={state.selected}
              node={graph.nodes.find((node) => node.key === state.selected) ?? null}
              expanded={state.selected === state.focus || state.expand.includes(state.selected)}
              onExpand={() => expand(state.selected!)}
              onCollapse={() => setParams({ expand: state.expand.filter((key) => key !== state.selected) })}
              onFocus={() => setParams({ focus: state.selected, expand: null, selected: state.selected })}
              onPathFrom={() => setParams({ pathFrom: state.selected })}
              onPathTo={() => setParams({ pathTo: state.selected })}
              onClose={() => setParams({ selected: null })}
            />
          ) : null}
          <PathSummary path={path} onClear={() => setParams({ pathFrom: null, pathTo: null })} />
        </div>
      </div>
      <GraphTable graph={graph} visible={visible} expanded={new Set([state.focus ?? "", ...state.expand])} onExpand={expand} />
      {state.focus ? (
        <DownloadLinks
          title="Download this view"
          filters={{ around: state.focus, depth: state.depth, kinds: state.kinds, linkTypes: state.linkTypes, from: state.from, to: state.to }}
        />
      ) : null}
    </div>
  );
}
