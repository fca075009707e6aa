// Speed and memory at the target scale (100k nodes, 1M links), which tests must not assert.
// Run: npx tsx packages/graph/bench/graph-bench.ts [nodes] [edges]
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { betweenness, bridges, connectedComponents, Graph, louvain, neighbourhood, relatedCases, shortestPaths } from "../src/index.ts";
import { createRandom } from "../src/prng.ts";
import { syntheticNetwork } from "../src/synthetic.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const NODES = Number(process.argv[2] ?? 100_000);
const EDGES = Number(process.argv[3] ?? 1_000_000);
const QUERIES = 200;

const memory = () => {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (t: number) => `${t.toFixed(2)} ms`;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

function percentiles(label: string, times: number[], note = "") {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  console.log(`${label.padEnd(34)} p50 ${ms(at(0.5)).padStart(10)}  p95 ${ms(at(0.95)).padStart(10)}  max ${ms(at(1)).padStart(10)}${note}`);
}

const before = memory();
let [input, generated] = time(() => syntheticNetwork({ nodes: NODES, edges: EDGES, seed: 42 }));
console.log(`generated ${input.nodes.length} nodes, ${input.edges.length} edges in ${ms(generated)}`);
const withInput = memory();
const [graph, built] = time(() => Graph.build(input.nodes, input.edges));
console.log(`build: ${ms(built)}; stats ${JSON.stringify(graph.stats)}`);
const withGraph = memory();
input = { nodes: [], edges: [] };
const graphOnly = memory();
console.log(`memory: input ${mb(withInput - before)}, graph while input alive ${mb(withGraph - withInput)}, graph alone ${mb(graphOnly - before)}`);
let maxDegree = 0;
for (let i = 0; i < graph.nodeCount; i++) maxDegree = Math.max(maxDegree, graph.degree(i));
console.log(`max degree ${maxDegree}`);

const random = createRandom(7);
const anyNode = () => Math.floor(random() * graph.nodeCount);
const ofKind = (kind: string) => {
  for (;;) {
    const i = anyNode();
    if (graph.kind(i) === kind) return i;
  }
};

const hood: number[] = [];
const hoodLimited: number[] = [];
let hoodSizes = 0;
for (let q = 0; q < QUERIES; q++) {
  const root = graph.id(anyNode());
  const [result, t] = time(() => neighbourhood(graph, root, { depth: 2 }));
  hood.push(t);
  hoodSizes += result.nodes.length;
  hoodLimited.push(time(() => neighbourhood(graph, root, { depth: 2, limit: 500 }))[1]);
}
percentiles("neighbourhood depth 2", hood, `  (mean ${Math.round(hoodSizes / QUERIES)} nodes)`);
percentiles("neighbourhood depth 2, limit 500", hoodLimited);

const paths: number[] = [];
let found = 0;
let lengths = 0;
for (let q = 0; q < QUERIES; q++) {
  const [from, to] = [graph.id(anyNode()), graph.id(anyNode())];
  const [result, t] = time(() => shortestPaths(graph, from, to));
  paths.push(t);
  if (result.length > 0) {
    found++;
    lengths += result[0]!.edges.length;
  }
}
percentiles("shortestPaths (maxLength 6)", paths, `  (${found}/${QUERIES} connected, mean length ${(lengths / Math.max(1, found)).toFixed(1)})`);

for (const kind of ["SESSION", "PERSON", "ORGANISATION", "CITY"]) {
  const times: number[] = [];
  let reasons = 0;
  for (let q = 0; q < QUERIES / 4; q++) {
    const id = graph.id(ofKind(kind));
    const [result, t] = time(() => relatedCases(graph, id));
    times.push(t);
    reasons += result.length;
  }
  percentiles(`relatedCases ${kind}`, times, `  (mean ${(reasons / (QUERIES / 4)).toFixed(1)} cases)`);
}

const [components, tComponents] = time(() => connectedComponents(graph));
console.log(`connectedComponents: ${ms(tComponents)} (${components.components.length} components, largest ${components.components[0]?.members.length})`);
const [bridgeIds, tBridges] = time(() => bridges(graph));
console.log(`bridges: ${ms(tBridges)} (${bridgeIds.length} bridges)`);
const [, tBetweenness] = time(() => betweenness(graph, { samples: 100, seed: 1 }));
console.log(`betweenness, 100 sampled sources: ${ms(tBetweenness)}`);
const [communities, tLouvain] = time(() => louvain(graph, { seed: 1 }));
console.log(`louvain: ${ms(tLouvain)} (${communities.communities.length} communities, modularity ${communities.modularity.toFixed(3)})`);
