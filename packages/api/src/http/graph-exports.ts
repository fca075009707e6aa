// Downloads of the network for researchers, at /export/...:
//   graph.gexf (Gephi), graph.graphml, nodes.csv, edges.csv, graph.zip (both CSVs),
//   graph.jsonld (schema.org + ESSGlobal), entity/<key>.jsonld
// filtered like the graph queries (?kinds=SESSION,PERSON&linkTypes=...&from=2017&to=2019) or
// cut around one entity (?around=kampala&depth=2). Text formats stream, chunk by chunk.
import type { Plugin } from "graphql-yoga";
import { filteredSubgraph, GraphInputError, neighbourhoodIndices } from "@agora/graph";
import { batchChunks, csvZip, edgesCsv, entityJsonLd, gexf, graphJsonLdChunks, graphml, nodesCsv, type ExportGraph } from "@agora/export";
import type { Db } from "@agora/db";
import type { GraphIndex } from "../graph/graph-index.ts";
import type { GraphSnapshot } from "../graph/graph-snapshot.ts";
import { requireNodeIndex, resolveKey } from "../graph/resolve-key.ts";
import { exportGraph } from "../export/export-graph.ts";
import { ExportRequestError, parseExportRequest, type ExportRequest } from "../export/export-request.ts";

interface Format {
  type: string;
  body: (graph: ExportGraph) => Iterable<string> | Uint8Array;
}

const FORMATS: Record<string, Format> = {
  "graph.gexf": { type: "application/gexf+xml; charset=utf-8", body: (g) => gexf(g, { creator: "Agora" }) },
  "graph.graphml": { type: "application/graphml+xml; charset=utf-8", body: (g) => graphml(g) },
  "nodes.csv": { type: "text/csv; charset=utf-8", body: (g) => nodesCsv(g) },
  "edges.csv": { type: "text/csv; charset=utf-8", body: (g) => edgesCsv(g) },
  "graph.zip": { type: "application/zip", body: (g) => csvZip(g) },
  "graph.jsonld": { type: "application/ld+json; charset=utf-8", body: (g) => graphJsonLdChunks(g, { idBase: `${g.meta.source}/` }) },
};

function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batchChunks(chunks)[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

function select(snapshot: GraphSnapshot, request: ExportRequest): { nodes: number[]; edges: number[] } {
  const { graph } = snapshot;
  if (!request.around) return filteredSubgraph(graph, request);
  const found = neighbourhoodIndices(graph, requireNodeIndex(graph, request.around, "around"), {
    depth: request.depth,
    kinds: request.kinds,
    linkTypes: request.linkTypes,
    from: request.from,
    to: request.to,
    entitiesInPeriod: request.entitiesInPeriod,
    limit: request.limit,
  });
  return { nodes: found.nodes, edges: found.edges };
}

const problem = (status: number, code: string, message: string) =>
  new Response(JSON.stringify({ error: { code, message } }), { status, headers: { "content-type": "application/json" } });

export function graphExports(db: Db, graphIndex: GraphIndex): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith("/export/")) return;
      if (request.method !== "GET" && request.method !== "HEAD") return endResponse(problem(405, "METHOD_NOT_ALLOWED", "exports are downloaded with GET"));
      const name = url.pathname.slice("/export/".length);
      const entity = /^entity\/([^/]+)\.jsonld$/.exec(name);
      const format = FORMATS[name];
      if (!format && !entity) return endResponse(problem(404, "NOT_FOUND", `no export at ${url.pathname}; formats: ${Object.keys(FORMATS).join(", ")}, entity/<key>.jsonld`));
      try {
        const snapshot = await graphIndex.current();
        const origin = url.origin;
        const generatedAt = new Date().toISOString();
        if (entity) return endResponse(await entityDocument(db, snapshot, decodeURIComponent(entity[1]!), origin, generatedAt));
        const exportRequest = parseExportRequest(url.searchParams);
        const selection = select(snapshot, exportRequest);
        const graph = await exportGraph(db, snapshot, selection, { origin, title: "Agora knowledge network", generatedAt });
        const body = format!.body(graph);
        const file = exportRequest.around ? `agora-${resolveKey(exportRequest.around)}-${name}` : `agora-${name}`;
        return endResponse(
          new Response(body instanceof Uint8Array ? (body as unknown as BodyInit) : streamOf(body), {
            headers: { "content-type": format!.type, "content-disposition": `attachment; filename="${file}"`, "cache-control": "no-store" },
          }),
        );
      } catch (error) {
        if (error instanceof ExportRequestError) return endResponse(problem(400, "BAD_REQUEST", error.message));
        if (error instanceof GraphInputError) return endResponse(problem(error.code === "UNKNOWN_NODE" ? 404 : 400, error.code === "UNKNOWN_NODE" ? "NOT_FOUND" : "BAD_REQUEST", error.message));
        throw error;
      }
    },
  };
}

async function entityDocument(db: Db, snapshot: GraphSnapshot, key: string, origin: string, generatedAt: string): Promise<Response> {
  const { graph } = snapshot;
  const i = graph.indexOf(key);
  if (i < 0) return problem(404, "NOT_FOUND", `no entity has the key "${key}"`);
  const nodes = [i];
  const edges: number[] = [];
  for (let k = graph.offsets[i]!; k < graph.offsets[i + 1]!; k++) {
    nodes.push(graph.neighbour[k]!);
    edges.push(graph.incidentEdge[k]!);
  }
  const exported = await exportGraph(db, snapshot, { nodes: [...new Set(nodes)], edges }, { origin, title: key, generatedAt });
  const [node, ...neighbours] = exported.nodes;
  const document = entityJsonLd(node!, exported.edges, neighbours, { idBase: `${origin}/` });
  return new Response(JSON.stringify(document, null, 2), { headers: { "content-type": "application/ld+json; charset=utf-8" } });
}
