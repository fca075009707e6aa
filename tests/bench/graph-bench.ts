// `pnpm bench [graph] [--scale S|M|L] [--seed N] [--targets N] [--databases sqlite,postgres]`
// (`pnpm bench compare` is the side-by-side HTTP benchmark: compare-bench.ts)
//
// For each database: a fresh one, filled by `agora generate` at the chosen scale, then the real
// app in a process of its own timing the graph queries over seeded random targets; prints
// p50/p95/p99, the graph's read and build time and RSS, and writes
// tests/bench/results/graph-<database>-<scale>.md. Speed targets live here, never in tests.
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateIntoDatabase, parseScale, type GenerateSummary } from "@agora/db";
import type { Measurement } from "./measure-graph-queries.ts";
import { mb, ms } from "./percentiles.ts";
import { benchDatabase, type Engine } from "./bench-databases.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const RESULTS_DIR = join(HERE, "results");
/** What a graph query should take at the 95th percentile. */
const TARGET_P95_MS = 100;

const { values } = parseArgs({
  // `pnpm bench graph ...` and `pnpm bench ...` are the same (bench.ts drops the word).
  args: process.argv.slice(2).filter((a) => a !== "graph"),
  options: {
    scale: { type: "string", default: "M" },
    seed: { type: "string", default: "1" },
    targets: { type: "string", default: "200" },
    databases: { type: "string", default: "sqlite,postgres" },
  },
});
const scale = parseScale(values.scale!);
const seed = Number(values.seed);
const targets = Number(values.targets);
const engines = values.databases!.split(",").map((d) => d.trim()) as Engine[];
for (const e of engines) if (e !== "sqlite" && e !== "postgres") throw new Error(`--databases: unknown database '${e}' (sqlite, postgres)`);

function measureInChild(url: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(join(HERE, "measure-graph-queries.ts"), [url, String(targets), String(seed)], {
      execArgv: process.execArgv,
      env: { ...process.env, NODE_ENV: "production" },
    });
    let result: Measurement | undefined;
    child.on("message", (m) => (result = m as Measurement));
    child.on("error", reject);
    child.on("exit", (code) => (result ? resolve(result) : reject(new Error(`the measuring process exited with code ${code}`))));
  });
}

const machine = () => `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;

function report(engine: Engine, load: GenerateSummary, m: Measurement): string {
  const title = engine === "sqlite" ? "SQLite" : "PostgreSQL";
  const rows = m.queries.map(
    (q) =>
      `| ${q.name} | ${q.runs} | ${ms(q.p50)} | ${ms(q.p95)} | ${ms(q.p99)} | ${ms(q.max)} | ${q.p95 < TARGET_P95_MS ? "yes" : "**no**"} | ${q.errors} | ${q.note} |`,
  );
  return `# Graph queries on ${title}, scale ${scale.name}

\`pnpm bench --scale ${scale.name}${seed !== 1 ? ` --seed ${seed}` : ""}\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}.
Each query went through the real app (\`createApp\`, \`app.fetch\`, response cache off), one at a
time, over ${targets} seeded random targets after ${20} warm-up runs; times are wall time per request.

| | |
| --- | --- |
| network | ${m.entities.toLocaleString("en")} entities, ${m.links.toLocaleString("en")} links (synthetic scale ${scale.name}, seed ${seed}, beside the GSEF data) |
| load (\`agora generate\`) | ${load.totalSeconds.toFixed(1)} s (generate ${load.generateSeconds.toFixed(1)} s, bulk load ${load.seconds.toFixed(1)} s: ${Object.entries(load.steps).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ")}) |
| graph read and build (\`GraphSnapshot.load\`: rows streamed into the graph) | ${ms(m.graphReadMs)} |
| first graph query (read + build + query) | ${ms(m.firstQueryMs)} |
| first query asking for communities (Louvain, in slices, started as soon as the graph is built) | ${ms(m.communitiesMs)} |
| RSS after the build | ${mb(m.rssBytes)} (JS heap ${mb(m.heapUsedBytes)}); peak RSS so far ${mb(m.peakRssBytes)} |

| query | runs | p50 | p95 | p99 | max | p95 < ${TARGET_P95_MS} ms | errors | answers |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
`;
}

function print(engine: Engine, load: GenerateSummary, m: Measurement) {
  console.log(`\n${engine}, scale ${scale.name}: ${m.entities} entities, ${m.links} links`);
  console.log(`  load ${load.totalSeconds.toFixed(1)} s; graph load ${ms(m.graphReadMs)}; first query (read + build) ${ms(m.firstQueryMs)}; communities ${ms(m.communitiesMs)}; RSS ${mb(m.rssBytes)}, peak ${mb(m.peakRssBytes)}`);
  for (const q of m.queries) {
    const verdict = q.p95 < TARGET_P95_MS ? `p95 under ${TARGET_P95_MS} ms` : `p95 OVER ${TARGET_P95_MS} ms`;
    console.log(
      `  ${q.name.padEnd(36)} p50 ${ms(q.p50).padStart(9)}  p95 ${ms(q.p95).padStart(9)}  p99 ${ms(q.p99).padStart(9)}  ${verdict}${q.errors ? `  ${q.errors} ERRORS` : ""}  ${q.note}`,
    );
  }
}

mkdirSync(RESULTS_DIR, { recursive: true });
for (const engine of engines) {
  const db = await benchDatabase(engine, `agora_bench_${scale.name.toLowerCase()}_${process.pid}`);
  try {
    console.log(`\n== ${engine}: generating scale ${scale.name} (seed ${seed})`);
    const load = await generateIntoDatabase({ url: db.url, scale, seed, log: (line) => console.log(line) });
    console.log(`== ${engine}: timing graph queries`);
    const measurement = await measureInChild(db.url);
    print(engine, load, measurement);
    const file = join(RESULTS_DIR, `graph-${engine}-${scale.name}.md`);
    writeFileSync(file, report(engine, load, measurement));
    console.log(`  wrote ${file}`);
  } finally {
    await db.drop();
  }
}
