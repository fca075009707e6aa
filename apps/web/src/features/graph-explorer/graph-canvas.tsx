// The WebGL drawing of the explorer's graph: sigma.js over one graphology graph that is kept
// in step with the data (nodes added keep the place of their neighbours, nodes gone are
// dropped), laid out by ForceAtlas2 in a web worker so that the page never stalls, whatever
// the size. Colours, the period, the path and the hovered node are applied by reducers at draw
// time: changing them redraws, it does not rebuild.
//
// A full redraw of several thousand nodes is the expensive thing here (all of it on a software
// renderer: `pnpm bench explorer` measures it), so redraws are rationed: layout positions reach
// the drawing at a pace set by what the last redraw cost, the neighbours of a hovered node are
// shown once the pointer rests on it, and large graphs are drawn with cheaper programs and
// without edges and labels while moving.
import { useEffect, useRef, useState } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { communityColour, KIND_COLOUR } from "../../lib/vocabulary.ts";
import type { ColourBy, GraphData } from "./graph-state.ts";

export interface GraphCanvasProps {
  data: GraphData;
  colourBy: ColourBy;
  visible: { nodes: Set<string>; edges: Set<string> };
  /** Nodes and edges of the path to highlight; everything else fades. */
  path: { nodes: Set<string>; edges: Set<string> } | null;
  selected: string | null;
  onNodeClick: (key: string) => void;
  /** Called with a short description for screen readers once the layout settles. */
  onStatus?: (status: string) => void;
  label: string;
}

const FADED = "#e3e7eb";
const EDGE = "#c3cad2";
const PATH_EDGE = "#111827";
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

const nodeSize = (degree: number) => Math.min(18, 3 + 1.6 * Math.sqrt(degree));

/** From this many nodes on, the graph is drawn the cheap way (LARGE_GRAPH_SETTINGS). */
const LARGE_GRAPH = 1000;
// Sigma's default programs draw every node and edge as an instanced quad: sharp at any zoom,
// but the costly part of a redraw where instancing is slow (software WebGL, weak GPUs). Points
// and one-pixel lines cost a fraction: `pnpm bench explorer` measured one redraw of 4,300 nodes
// and 5,400 edges under SwiftShader at ~500 ms with the defaults and ~60 ms with these. A large
// graph also drops its edges and labels while the camera moves.
const LARGE_GRAPH_SETTINGS = {
  nodeProgramClasses: { circle: NodePointProgram },
  edgeProgramClasses: { line: EdgeLineProgram },
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
};
const SMALL_GRAPH_SETTINGS = {
  nodeProgramClasses: { circle: NodeCircleProgram },
  edgeProgramClasses: { line: EdgeRectangleProgram },
  hideEdgesOnMove: false,
  hideLabelsOnMove: false,
};
/** Layout positions reach the drawing at most this often… */
const MIN_SYNC_MS = 100;
/** …and a redraw may take at most this share of the time while the layout runs. */
const SYNC_BUDGET = 0.25;
/** How long the pointer must rest on a node of a large graph before its neighbours are lit. */
const HOVER_DWELL_MS = 120;

/** Runs `then` with the time from now to the frame after the next one: what the redraw cost. */
function afterNextPaint(then: (ms: number) => void) {
  const started = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => then(performance.now() - started)));
}

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

export default function GraphCanvas({ data, colourBy, visible, path, selected, onNodeClick, onStatus, label }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const graphRef = useRef<Graph | null>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const layoutRef = useRef<FA2Layout | null>(null);
  const stopTimer = useRef<number | undefined>(undefined);
  const syncTimer = useRef<number | undefined>(undefined);
  // The node under the pointer, and the one whose neighbours are lit (it follows after a dwell).
  const pointed = useRef<string | null>(null);
  const hovered = useRef<string | null>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  const [failed, setFailed] = useState<string | null>(null);
  // Reducers read the latest props through this ref, so sigma is created once.
  const view = useRef({ colourBy, visible, path, selected });
  view.current = { colourBy, visible, path, selected };
  const clickRef = useRef(onNodeClick);
  clickRef.current = onNodeClick;

  useEffect(() => {
    if (!container.current) return;
    if (!webglAvailable()) {
      setFailed("This browser cannot draw WebGL, so the picture is not shown; the tables below hold the same graph.");
      return;
    }
    const graph = new Graph({ multi: true, type: "undirected", allowSelfLoops: false });
    graphRef.current = graph;
    let sigma: Sigma;
    try {
      sigma = new Sigma(graph, container.current, {
        renderEdgeLabels: false,
        labelFont: FONT,
        labelSize: 12,
        labelWeight: "500",
        labelColor: { color: "#1d2327" },
        labelDensity: 0.6,
        labelRenderedSizeThreshold: 7,
        defaultEdgeColor: EDGE,
        ...SMALL_GRAPH_SETTINGS,
        zIndex: true,
        nodeReducer: (key, attributes) => {
          const { colourBy: by, visible: shown, path: onPath, selected: chosen } = view.current;
          const base = by === "community" ? communityColour(attributes.community as number) : KIND_COLOUR[attributes.kind as keyof typeof KIND_COLOUR];
          const hover = hovered.current;
          const neighbour = hover !== null && (key === hover || graph.areNeighbors(key, hover));
          const dimmed = (onPath !== null && !onPath.nodes.has(key)) || (hover !== null && !neighbour);
          return {
            ...attributes,
            hidden: !shown.nodes.has(key),
            color: dimmed ? FADED : base,
            label: dimmed ? null : (attributes.label as string),
            forceLabel: key === chosen || key === hover || (onPath?.nodes.has(key) ?? false),
            highlighted: key === chosen,
            zIndex: dimmed ? 0 : 1,
          };
        },
        edgeReducer: (key, attributes) => {
          const { visible: shown, path: onPath } = view.current;
          const hover = hovered.current;
          const onHover = hover !== null && graph.hasExtremity(key, hover);
          const inPath = onPath?.edges.has(key) ?? false;
          return {
            ...attributes,
            hidden: !shown.edges.has(key),
            color: inPath ? PATH_EDGE : onPath !== null || (hover !== null && !onHover) ? FADED : onHover ? "#6b7280" : EDGE,
            size: inPath ? 3 : onHover ? 1.5 : 1,
            zIndex: inPath ? 2 : onHover ? 1 : 0,
          };
        },
      });
    } catch (error) {
      setFailed(`The graph could not be drawn (${(error as Error).message}); the tables below hold the same graph.`);
      return;
    }
    sigmaRef.current = sigma;
    // The browser tests click nodes where sigma draws them; they find it on its container.
    (container.current as HTMLDivElement & { sigma?: Sigma }).sigma = sigma;
    sigma.on("clickNode", ({ node }) => clickRef.current(node));
    // Lighting a node's neighbours redraws every node and edge. Sigma marks the node under the
    // pointer at once on its own layer; on a large graph the full redraw waits until the pointer
    // rests, so that sweeping across a dense picture does not queue a redraw per node crossed.
    const lightHovered = () => {
      window.clearTimeout(hoverTimer.current);
      const redraw = () => {
        if (hovered.current === pointed.current) return;
        hovered.current = pointed.current;
        sigma.refresh({ skipIndexation: true });
      };
      if (graph.order < LARGE_GRAPH) redraw();
      else hoverTimer.current = window.setTimeout(redraw, HOVER_DWELL_MS);
    };
    sigma.on("enterNode", ({ node }) => {
      pointed.current = node;
      container.current?.style.setProperty("cursor", "pointer");
      lightHovered();
    });
    sigma.on("leaveNode", () => {
      pointed.current = null;
      container.current?.style.removeProperty("cursor");
      lightHovered();
    });
    return () => {
      window.clearTimeout(stopTimer.current);
      window.clearTimeout(syncTimer.current);
      window.clearTimeout(hoverTimer.current);
      layoutRef.current?.kill();
      layoutRef.current = null;
      sigma.kill();
      sigmaRef.current = null;
      graphRef.current = null;
    };
  }, []);

  // Keep the graphology graph in step with the data, then let ForceAtlas2 settle it.
  useEffect(() => {
    const graph = graphRef.current;
    const sigma = sigmaRef.current;
    if (!graph || !sigma) return;
    const wanted = new Set(data.nodes.map((node) => node.key));
    graph.forEachNode((key) => {
      if (!wanted.has(key)) graph.dropNode(key);
    });
    const neighbourPosition = new Map<string, { x: number; y: number }>();
    for (const edge of data.edges) {
      for (const [a, b] of [
        [edge.fromKey, edge.toKey],
        [edge.toKey, edge.fromKey],
      ] as const) {
        if (!graph.hasNode(a) && graph.hasNode(b) && !neighbourPosition.has(a)) {
          neighbourPosition.set(a, { x: graph.getNodeAttribute(b, "x") as number, y: graph.getNodeAttribute(b, "y") as number });
        }
      }
    }
    let added = 0;
    const spread = Math.sqrt(Math.max(data.nodes.length, 1)) * 10;
    for (const node of data.nodes) {
      const attributes = { label: node.label, kind: node.kind, community: node.community, size: nodeSize(node.degree) };
      if (graph.hasNode(node.key)) {
        // Each change makes sigma redraw: touch only what changed.
        const now = graph.getNodeAttributes(node.key);
        if (now.label !== attributes.label || now.kind !== attributes.kind || now.community !== attributes.community || now.size !== attributes.size) {
          graph.mergeNodeAttributes(node.key, attributes);
        }
        continue;
      }
      const near = neighbourPosition.get(node.key);
      const x = near ? near.x + (Math.random() - 0.5) * 4 : (Math.random() - 0.5) * spread;
      const y = near ? near.y + (Math.random() - 0.5) * 4 : (Math.random() - 0.5) * spread;
      graph.addNode(node.key, { ...attributes, x, y });
      added++;
    }
    const wantedEdges = new Set(data.edges.map((edge) => edge.key));
    graph.forEachEdge((key) => {
      if (!wantedEdges.has(key)) graph.dropEdge(key);
    });
    for (const edge of data.edges) {
      if (!graph.hasEdge(edge.key) && edge.fromKey !== edge.toKey) graph.addEdgeWithKey(edge.key, edge.fromKey, edge.toKey, { type: "line" });
    }
    const large = graph.order >= LARGE_GRAPH;
    if (sigma.getSetting("hideEdgesOnMove") !== large) sigma.setSettings(large ? LARGE_GRAPH_SETTINGS : SMALL_GRAPH_SETTINGS);
    if (added === 0) return;

    // A worker-run layout for a time that grows with the graph, then it stops: the page stays
    // responsive during it, and the GPU idles after it. The worker moves a copy of the graph;
    // positions reach the drawn graph only now and then, because sigma redraws everything on
    // each update: at most every MIN_SYNC_MS, and no sooner than the last redraw's cost allows
    // within SYNC_BUDGET, so that a slow renderer (software WebGL, an old GPU) still leaves
    // most frames to panning, zooming and the rest of the page.
    layoutRef.current?.kill();
    window.clearTimeout(syncTimer.current);
    const shadow = graph.copy();
    const layout = new FA2Layout(shadow, {
      settings: { ...forceAtlas2.inferSettings(shadow), barnesHutOptimize: shadow.order > 500, slowDown: 3 },
    });
    layoutRef.current = layout;
    const sync = () =>
      graph.updateEachNodeAttributes(
        (key, attributes) => {
          if (shadow.hasNode(key)) {
            attributes.x = shadow.getNodeAttribute(key, "x") as number;
            attributes.y = shadow.getNodeAttribute(key, "y") as number;
          }
          return attributes;
        },
        { attributes: ["x", "y"] },
      );
    const tick = () => {
      if (layoutRef.current !== layout || !layout.isRunning()) return;
      sync();
      afterNextPaint((cost) => {
        if (layoutRef.current !== layout || !layout.isRunning()) return;
        syncTimer.current = window.setTimeout(tick, Math.max(MIN_SYNC_MS, cost / SYNC_BUDGET - cost));
      });
    };
    layout.start();
    syncTimer.current = window.setTimeout(tick, MIN_SYNC_MS);
    window.clearTimeout(stopTimer.current);
    stopTimer.current = window.setTimeout(
      () => {
        layout.stop();
        window.clearTimeout(syncTimer.current);
        sync();
        // Edges and labels are left out while the camera moves (large graphs): draw them once it stops.
        void sigma
          .getCamera()
          .animatedReset({ duration: 300 })
          .then(() => {
            if (sigmaRef.current === sigma) sigma.refresh({ skipIndexation: true });
          });
        onStatus?.(`Layout settled: ${graph.order} entities and ${graph.size} links.`);
      },
      Math.min(6000, 1200 + graph.order * 2),
    );
  }, [data, onStatus]);

  // Colours, period, path, selection: a redraw is enough.
  useEffect(() => {
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [colourBy, visible, path, selected]);

  if (failed) {
    return (
      <p className="status graph-fallback" role="note">
        {failed}
      </p>
    );
  }
  return <div ref={container} className="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />;
}
