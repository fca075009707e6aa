// `pnpm bench explorer [options]`: is the graph explorer smooth with several thousand nodes?
//
//   --scale S|M|L     synthetic data (default M), generated with `agora generate`'s engine
//   --seed N          data (default 1)
//   --nodes N         how many nodes the view should hold (default 4000): the depth-2
//                     neighbourhood of the most connected entity (at most 2,000) plus the
//                     depth-1 neighbourhoods (500 each) of its best-connected neighbours, in
//                     the address as the explorer shares it (`/graph?focus=…&depth=2&expand=…`)
//   --label NAME      name of this run in the results (default "current"); runs of other names
//                     already in explorer.json are kept beside it (e.g. before / after a change)
//   --keep            keep the SQLite database (tests/.tmp/bench/agora_explorer_<scale>_<seed>.db)
//                     and reuse it next time
//   --out DIR         where results go (default tests/bench/results)
//   --render          only rewrite explorer.md from the explorer.json in --out
//   --profile         also print, per phase, the page's functions with the most self time
//                     (a CDP CPU profile; it slows the page a little)
//
// The real app (createApp: API and the built web app, `pnpm build` first) serves on 127.0.0.1
// in this process; Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) opens the explorer
// through playwright-core. A requestAnimationFrame loop inside the page (explorer-page.ts)
// times every frame while the page loads and lays the graph out, while idle, while the graph
// is dragged and zoomed with the mouse wheel, while nodes are hovered, and from a click that
// expands a node until its layout settles; CDP gives the JS heap and main-thread busy time.
// Prints the table and writes explorer.md and explorer.json. Targets are reported, never
// asserted. Headless Chromium with --disable-gpu draws WebGL in software (SwiftShader) on the
// CPU the layout worker also needs: the figures are a pessimistic bound for a real GPU.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type CDPSession, type Page } from "playwright-core";
import { createApp } from "@agora/api";
import { createDb, generateIntoDatabase, parseScale } from "@agora/db";
import { benchDatabase } from "./bench-databases.ts";
import { frameStats, installSampler, type FrameStats, type PageSamples } from "./explorer-page.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, "..", "..");
const WEB_DIST = join(REPO_ROOT, "apps/web/dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// --disable-gpu leaves WebGL to SwiftShader, which newer Chromium only allows when told so.
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const VIEWPORT = { width: 1280, height: 900 };

/** What "smooth" means here, per phase: the 95th-percentile frame time (ms). */
const TARGETS: Record<string, number> = { layout: 50, idle: 20, pan: 34, zoom: 34, hover: 34, expand: 50 };

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "explorer"),
  options: {
    scale: { type: "string", default: "M" },
    seed: { type: "string", default: "1" },
    nodes: { type: "string", default: "4000" },
    label: { type: "string", default: "current" },
    keep: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    render: { type: "boolean", default: false },
    out: { type: "string", default: join(HERE, "results") },
  },
});
const scale = parseScale(values.scale!);
const seed = Number(values.seed);
const wantedNodes = Number(values.nodes);
const outDir = resolve(values.out!);

export interface ExplorerRun {
  label: string;
  date: string;
  machine: string;
  command: string;
  scale: string;
  url: string;
  nodes: number;
  edges: number;
  expansions: number;
  /** ms from navigation: first sigma render, first render of every node, layout settled. */
  firstRenderMs: number;
  allNodesRenderedMs: number;
  settledMs: number;
  /** The page's /graphql requests during the load: how many, the longest, when the last ended. */
  graphqlRequests: number;
  graphqlMaxMs: number;
  graphqlDoneMs: number;
  heapUsedMb: number;
  heapAfterGcMb: number;
  expand: { node: string; addedNodes: number; newNodesRenderedMs: number; settledMs: number };
  phases: Record<string, FrameStats & { mainThreadBusy: number }>;
}

const machine = (browser: string) => `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${browser}`;

interface GqlNode {
  key: string;
  degree: number;
}

async function chooseView(app: ReturnType<typeof createApp>): Promise<{ focus: string; expand: string[]; spare: string[]; expectedNodes: number }> {
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await app.fetch("http://agora.bench/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  // Also builds the server's graph and its communities, so that the page's load times the page.
  const top = await gql<{ networkStats: { topByDegree: { entity: { key: string } }[]; communities: unknown[] } }>(
    `{ networkStats { topByDegree(first: 1) { entity { key } } communities(first: 12) { rank } } }`,
  );
  const focus = top.networkStats.topByDegree[0]!.entity.key;
  const hood = `query($id: ID!, $depth: Int!, $limit: Int!) { neighbourhood(id: $id, depth: $depth, limit: $limit) { graphNodes { key degree } } }`;
  const base = await gql<{ neighbourhood: { graphNodes: GqlNode[] } }>(hood, { id: focus, depth: 2, limit: 2000 });
  const keys = new Set(base.neighbourhood.graphNodes.map((n) => n.key));
  const candidates = base.neighbourhood.graphNodes.filter((n) => n.key !== focus).sort((a, b) => b.degree - a.degree || a.key.localeCompare(b.key));
  const expand: string[] = [];
  const spare: string[] = [];
  for (const candidate of candidates) {
    if (keys.size >= wantedNodes || expand.length >= 16) {
      spare.push(candidate.key);
      if (spare.length >= 20) break;
      continue;
    }
    const one = await gql<{ neighbourhood: { graphNodes: GqlNode[] } }>(hood, { id: candidate.key, depth: 1, limit: 500 });
    const before = keys.size;
    for (const node of one.neighbourhood.graphNodes) keys.add(node.key);
    if (keys.size - before >= 100) expand.push(candidate.key);
  }
  return { focus, expand, spare, expectedNodes: keys.size };
}

type Canvas = HTMLElement & {
  sigma: {
    getGraph(): { order: number; size: number; forEachNode(f: (key: string) => void): void; hasNode(key: string): boolean };
    getNodeDisplayData(key: string): { x: number; y: number; hidden?: boolean } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  };
};

const now = (page: Page) => page.evaluate(() => performance.now());
const samples = (page: Page) => page.evaluate(() => window.__explorerBench!) as Promise<PageSamples>;

/** Waits until no expansion is pending and the layout has settled on every node drawn. */
async function settled(page: Page, minNodes: number, timeoutMs = 180_000): Promise<{ at: number; nodes: number; edges: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => {
      const status = document.querySelector(".graph-status")?.textContent ?? "";
      const sigma = (document.querySelector('[data-testid="graph-canvas"]') as Canvas | null)?.sigma;
      return { status, nodes: sigma?.getGraph().order ?? 0, edges: sigma?.getGraph().size ?? 0, at: performance.now() };
    });
    const match = /Layout settled: (\d+) entities/.exec(state.status);
    if (match && !state.status.includes("expanding") && Number(match[1]) === state.nodes && state.nodes >= minNodes) return state;
    if (Date.now() > deadline) throw new Error(`the explorer did not settle: ${state.status} (${state.nodes} nodes drawn)`);
    await page.waitForTimeout(100);
  }
}

/** When the status line first said the layout had settled on `nodes` nodes (page clock). */
async function settledAt(page: Page, nodes: number, after: number): Promise<number> {
  return page.evaluate(
    ([n, t]) => {
      // The sampler does not watch the status; the canvas's aria text is set at the same time.
      const entries = (window as unknown as { __settles?: [number, string][] }).__settles ?? [];
      return entries.find(([time, text]) => time > t && text.includes(`Layout settled: ${n} entities`))?.[0] ?? NaN;
    },
    [nodes, after] as const,
  );
}

/** Records status-line changes with their time, so "settled" is timed to the frame. */
function watchStatus() {
  const settles: [number, string][] = [];
  (window as unknown as { __settles: [number, string][] }).__settles = settles;
  let last = "";
  const look = () => {
    const text = document.querySelector(".graph-status")?.textContent ?? "";
    if (text !== last) {
      last = text;
      settles.push([performance.now(), text]);
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

async function cdpMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** On-screen points of up to `count` drawn nodes, best connected first. */
async function nodePoints(page: Page, keys: string[] | null, count: number): Promise<{ key: string; x: number; y: number }[]> {
  return page.evaluate(
    ([wanted, n]) => {
      const container = document.querySelector('[data-testid="graph-canvas"]') as Canvas;
      const rect = container.getBoundingClientRect();
      const sigma = container.sigma;
      const list: string[] = [];
      if (wanted) list.push(...wanted);
      else sigma.getGraph().forEachNode((key) => list.push(key));
      const points: { key: string; x: number; y: number }[] = [];
      for (const key of list) {
        const display = sigma.getNodeDisplayData(key);
        if (!display || display.hidden) continue;
        const p = sigma.framedGraphToViewport(display);
        if (p.x < 20 || p.y < 20 || p.x > rect.width - 20 || p.y > rect.height - 20) continue;
        points.push({ key, x: rect.left + p.x, y: rect.top + p.y });
        if (points.length >= n) break;
      }
      return points;
    },
    [keys, count] as const,
  );
}

async function measure(baseUrl: string, view: Awaited<ReturnType<typeof chooseView>>): Promise<Omit<ExplorerRun, "label" | "date" | "machine" | "command" | "scale"> & { browser: string }> {
  const profileDir = mkdtempSync(join(tmpdir(), "agora-bench-chromium-"));
  // Playwright refuses --user-data-dir in `args`: a fresh profile goes through launchPersistentContext.
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: VIEWPORT });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // tsx names functions with an `__name` helper that the page does not have: give it one.
    await page.addInitScript({ content: `window.__name = (f) => f;\n(${installSampler.toString()})();\n(${watchStatus.toString()})();` });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const path = `/graph?focus=${encodeURIComponent(view.focus)}&depth=2&expand=${view.expand.map(encodeURIComponent).join(",")}`;
    const busy = async () => {
      const m = await cdpMetrics(cdp);
      return m.TaskDuration ?? 0;
    };
    const phases: ExplorerRun["phases"] = {};
    const phase = async (name: string, run: () => Promise<void>) => {
      const busyBefore = await busy();
      if (values.profile) await cdp.send("Profiler.start");
      const from = await now(page);
      await run();
      const to = await now(page);
      const busyAfter = await busy();
      if (values.profile) printProfile(name, ((await cdp.send("Profiler.stop")) as { profile: CpuProfile }).profile);
      phases[name] = { ...frameStats(await samples(page), from, to), mainThreadBusy: (busyAfter - busyBefore) / ((to - from) / 1000) };
      console.log(`  ${name}: ${line(phases[name]!)}`);
    };

    if (values.profile) await cdp.send("Profiler.enable");
    const busyAtStart = await busy();
    if (values.profile) await cdp.send("Profiler.start");
    await page.goto(`${baseUrl}${path}`);
    const loaded = await settled(page, Math.min(view.expectedNodes, 1));
    if (values.profile) printProfile("load", ((await cdp.send("Profiler.stop")) as { profile: CpuProfile }).profile);
    const loadSamples = await samples(page);
    const firstRenderMs = loadSamples.renders.find(([, n]) => n > 0)?.[0] ?? NaN;
    const allNodesRenderedMs = loadSamples.renders.find(([, n]) => n >= loaded.nodes)?.[0] ?? NaN;
    const settledMs = await settledAt(page, loaded.nodes, 0);
    phases.layout = {
      ...frameStats(loadSamples, firstRenderMs, settledMs),
      mainThreadBusy: ((await busy()) - busyAtStart) / (loaded.at / 1000),
    };
    console.log(`  ${loaded.nodes} nodes, ${loaded.edges} edges; first render ${Math.round(firstRenderMs)} ms, all nodes ${Math.round(allNodesRenderedMs)} ms, settled ${Math.round(settledMs)} ms`);
    console.log(`  layout: ${line(phases.layout)}`);
    const graphql = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => e.name.includes("/graphql"))
        .map((e) => [e.duration, (e as PerformanceResourceTiming).responseEnd] as const),
    );
    const heapUsedMb = (await cdpMetrics(cdp)).JSHeapUsedSize! / 2 ** 20;
    await cdp.send("HeapProfiler.collectGarbage");
    const heapAfterGcMb = (await cdpMetrics(cdp)).JSHeapUsedSize! / 2 ** 20;

    // The camera's reset after the layout animates for 300 ms.
    await page.waitForTimeout(1000);
    await phase("idle", () => page.waitForTimeout(2000));

    const rect = await page.locator('[data-testid="graph-canvas"]').boundingBox();
    if (!rect) throw new Error("the graph canvas is not on screen");
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    await phase("pan", async () => {
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, -1]] as const) {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        for (let i = 1; i <= 30; i++) {
          await page.mouse.move(cx + dx * i * 6, cy + dy * i * 4);
          await page.waitForTimeout(16);
        }
        await page.mouse.up();
      }
      await page.waitForTimeout(300);
    });
    if (!page.url().includes(path.slice(path.indexOf("expand=")))) throw new Error(`dragging changed the view: ${page.url()}`);
    await phase("zoom", async () => {
      await page.mouse.move(cx, cy);
      for (const delta of [-120, 120]) {
        for (let i = 0; i < 8; i++) {
          await page.mouse.wheel(0, delta);
          await page.waitForTimeout(80);
        }
      }
      await page.waitForTimeout(400);
    });
    // Back to the whole graph for hovering and clicking.
    await page.evaluate(() => (document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & { sigma: { getCamera(): { setState(s: object): void } } }).sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(500);

    const hoverPoints = await nodePoints(page, null, 15);
    await phase("hover", async () => {
      for (const point of hoverPoints) {
        await page.mouse.move(point.x, point.y, { steps: 4 });
        await page.waitForTimeout(150);
      }
      await page.mouse.move(rect.x + 5, rect.y + 5);
      await page.waitForTimeout(200);
    });

    const [target] = await nodePoints(page, view.spare, 1);
    if (!target) throw new Error("no node to expand is on screen");
    const before = loaded.nodes;
    let expand: ExplorerRun["expand"] = { node: target.key, addedNodes: 0, newNodesRenderedMs: NaN, settledMs: NaN };
    await phase("expand", async () => {
      const clickAt = await now(page);
      await page.mouse.click(target.x, target.y);
      await page.waitForURL((url) => (url.searchParams.get("expand") ?? "").split(",").length > view.expand.length);
      await page.waitForFunction((n) => ((document.querySelector('[data-testid="graph-canvas"]') as Canvas | null)?.sigma.getGraph().order ?? 0) > n, before, { timeout: 60_000 });
      const after = await settled(page, before + 1);
      const s = await samples(page);
      const drawn = s.renders.find(([time, n]) => time > clickAt && n > before)?.[0] ?? NaN;
      const done = await settledAt(page, after.nodes, clickAt);
      const url = new URL(page.url());
      const added = (url.searchParams.get("expand") ?? "").split(",").filter((key) => !view.expand.includes(key));
      expand = { node: added[0] ?? target.key, addedNodes: after.nodes - before, newNodesRenderedMs: drawn - clickAt, settledMs: done - clickAt };
    });
    console.log(`  expand ${expand.node}: +${expand.addedNodes} nodes drawn after ${Math.round(expand.newNodesRenderedMs)} ms, settled after ${Math.round(expand.settledMs)} ms`);
    if (errors.length) throw new Error(`errors in the page: ${errors.join("; ")}`);
    const browser = await page.evaluate(() => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0].replace("Chrome/", "Chromium ") ?? "Chromium");
    return {
      browser,
      url: path,
      nodes: loaded.nodes,
      edges: loaded.edges,
      expansions: view.expand.length,
      firstRenderMs,
      allNodesRenderedMs,
      settledMs,
      graphqlRequests: graphql.length,
      graphqlMaxMs: Math.max(...graphql.map(([duration]) => duration)),
      graphqlDoneMs: Math.max(...graphql.map(([, end]) => end)),
      heapUsedMb,
      heapAfterGcMb,
      expand,
      phases,
    };
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function printProfile(phase: string, profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!;
    const name = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop() ?? ""}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`  profile of ${phase} (${Math.round(total)} ms sampled), most self time:`);
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${Math.round(t).toString().padStart(7)} ms  ${name}`);
}

const f = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "–");
function line(s: FrameStats & { mainThreadBusy: number }): string {
  return `${s.frames} frames in ${s.seconds.toFixed(1)} s (${s.fps.toFixed(0)} fps), p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, max ${f(s.max)} ms, ${s.over50} > 50 ms, ${s.renders} renders, main thread ${Math.round(s.mainThreadBusy * 100)}% busy`;
}

const PHASE_TEXT: Record<string, string> = {
  layout: "load and layout (first render → settled)",
  idle: "idle, 2 s",
  pan: "pan: 6 mouse drags",
  zoom: "zoom: 16 wheel steps",
  hover: "hover: 15 nodes",
  expand: "click-expand → settled",
};

function runTable(run: ExplorerRun): string {
  const rows = Object.entries(run.phases).map(
    ([name, s]) =>
      `| ${PHASE_TEXT[name] ?? name} | ${s.seconds.toFixed(1)} s | ${s.fps.toFixed(0)} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.max)} | ${s.over50} | ${s.renders} | ${Math.round(s.mainThreadBusy * 100)}% | ${TARGETS[name] !== undefined ? (s.p95 <= TARGETS[name] ? `yes (≤ ${TARGETS[name]})` : `**no** (> ${TARGETS[name]})`) : ""} |`,
  );
  return `### ${run.label}: ${run.nodes.toLocaleString("en")} nodes, ${run.edges.toLocaleString("en")} edges

\`${run.command}\` on ${run.date}: ${run.machine}. View: \`${run.url.length > 140 ? `${run.url.slice(0, 140)}…` : run.url}\` (the depth-2 neighbourhood of the most connected entity, scale ${run.scale}, plus ${run.expansions} expanded neighbours).

| | |
| --- | --- |
| first sigma render (from navigation) | ${f(run.firstRenderMs)} ms |
| every node drawn | ${f(run.allNodesRenderedMs)} ms |
| layout settled | ${f(run.settledMs)} ms |
| /graphql requests during the load (server in the same process, same 2 cores), longest, last answer at | ${run.graphqlRequests}, ${f(run.graphqlMaxMs)} ms, ${f(run.graphqlDoneMs)} ms |
| JS heap of the page after settling (after a GC) | ${f(run.heapUsedMb)} MB (${f(run.heapAfterGcMb)} MB) |
| click-expand of \`${run.expand.node}\` | +${run.expand.addedNodes} nodes drawn after ${f(run.expand.newNodesRenderedMs)} ms, layout settled after ${f(run.expand.settledMs)} ms |

| phase | length | fps | p50 frame (ms) | p95 | max | frames > 50 ms | sigma renders | main thread busy | p95 on target |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
}

/** The runs side by side: per phase, its length, p95 frame and frames over 50 ms. */
function comparison(runs: ExplorerRun[]): string {
  if (runs.length < 2) return "";
  const phases = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  const cell = (r: ExplorerRun, name: string) => {
    const s = r.phases[name];
    return s ? `${s.seconds.toFixed(1)} s, ${s.fps.toFixed(0)} fps, p95 ${f(s.p95)} ms, ${s.over50} > 50 ms` : "–";
  };
  const rows = [
    ...phases.map((name) => `| ${PHASE_TEXT[name] ?? name} | ${runs.map((r) => cell(r, name)).join(" | ")} |`),
    `| first render / layout settled (from navigation) | ${runs.map((r) => `${f(r.firstRenderMs)} / ${f(r.settledMs)} ms`).join(" | ")} |`,
  ];
  return `## Side by side

| phase (length, frames per second, p95 frame, frames > 50 ms) | ${runs.map((r) => `${r.label} (${r.nodes.toLocaleString("en")} nodes)`).join(" | ")} |
| --- | ${runs.map(() => "---").join(" | ")} |
${rows.join("\n")}

The phases do fixed work (the same drags, wheel steps, hovered nodes), so a shorter phase means
the page kept up with the input.

`;
}

function report(runs: ExplorerRun[]): string {
  return `# Graph explorer with several thousand nodes

\`pnpm bench explorer\` (tests/bench/explorer-bench.ts): the real app in-process on a synthetic
SQLite network, the built web app in Debian's headless Chromium (playwright-core), frames timed by
a requestAnimationFrame loop inside the page. **Headless Chromium with \`--disable-gpu\` draws WebGL
in software (SwiftShader) on the same 2 CPU cores as the layout worker, the browser and the
server: these figures are a pessimistic bound; a real GPU draws far faster.** A frame over 50 ms
is three or more frames missed at 60 Hz; "main thread busy" is CDP's TaskDuration over the phase.
The JS heap is the page's main thread (the layout worker has its own).

${comparison(runs)}${runs.map(runTable).join("\n")}`;
}

// ---------------------------------------------------------------------------------------------

if (values.render) {
  const { runs } = JSON.parse(readFileSync(join(outDir, "explorer.json"), "utf8")) as { runs: ExplorerRun[] };
  writeFileSync(join(outDir, "explorer.md"), report(runs));
  console.log(`wrote ${join(outDir, "explorer.md")}`);
  process.exit(0);
}
if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error(`The web app is not built (${WEB_DIST}): run pnpm build first.`);
if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
mkdirSync(outDir, { recursive: true });

const db = await benchDatabase("sqlite", values.keep ? `agora_explorer_${scale.name.toLowerCase()}_${seed}` : `agora_explorer_${scale.name.toLowerCase()}_${process.pid}`, { keep: values.keep });
let server: Server | undefined;
let handle: ReturnType<typeof createDb> | undefined;
try {
  if (db.existed) console.log(`== reusing ${db.name} (--keep)`);
  else {
    console.log(`== generating scale ${scale.name} (seed ${seed}) into ${db.name}`);
    await generateIntoDatabase({ url: db.url, scale, seed, log: (l) => console.log(l) });
  }
  handle = createDb(db.url);
  const app = createApp({ db: handle, webDist: WEB_DIST, graphiql: false, log: () => {} });
  server = createServer(app);
  await new Promise<void>((done) => server!.listen(0, "127.0.0.1", done));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  console.log(`== choosing a view of about ${wantedNodes} nodes (builds the server's graph)`);
  const view = await chooseView(app);
  console.log(`  focus ${view.focus}, ${view.expand.length} expanded, ${view.expectedNodes} nodes expected`);
  console.log("== the explorer in Chromium (WebGL in software: SwiftShader)");
  const { browser, ...measured } = await measure(baseUrl, view);
  const run: ExplorerRun = {
    label: values.label!,
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    machine: machine(browser),
    command: `pnpm bench explorer ${process.argv.slice(2).filter((a) => a !== "explorer").join(" ")}`.trim(),
    scale: scale.name,
    ...measured,
  };
  const jsonFile = join(outDir, "explorer.json");
  const earlier: ExplorerRun[] = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, "utf8")) as { runs: ExplorerRun[] }).runs : [];
  const runs = [...earlier.filter((r) => r.label !== run.label), run];
  writeFileSync(jsonFile, `${JSON.stringify({ runs }, null, 2)}\n`);
  writeFileSync(join(outDir, "explorer.md"), report(runs));
  console.log(`\n${runTable(run)}`);
  console.log("WebGL was drawn in software (SwiftShader, --disable-gpu): a pessimistic bound for a real GPU.");
  console.log(`wrote ${join(outDir, "explorer.md")} and explorer.json`);
} finally {
  if (server) await new Promise<void>((done) => server!.close(() => done()));
  await handle?.close();
  if (!values.keep) await db.drop();
}
