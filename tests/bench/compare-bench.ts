// `pnpm bench compare [options]`: Agora side by side with PostGraphile 5 and a hand-written
// raw-SQL ceiling, over HTTP, on the same PostgreSQL data (and Agora on SQLite too).
//
//   --scale S|M|L          synthetic data (default M), generated with `agora generate`'s engine
//   --seed N               data and targets (default 1)
//   --rounds N             interleaved rounds (default 3): every candidate, query by query,
//                          in a rotated order each round
//   --seconds N            length of each timed run (default 8)
//   --warmup N             seconds of untimed load per candidate and query first (default 3)
//   --connections N        closed-loop connections (default 10)
//   --candidates LIST      agora-pg,agora-sqlite,postgraphile,ceiling (default all)
//   --queries LIST         Q1..Q7 (default all)
//   --q1-size N            sessions in Q1 (default 20)
//   --page-sizes LIST      Q1 sizes whose SQL statements are counted (default 1,20,50)
//   --peers auto|skip      auto: `npm install --prefix tests/bench/peers` when missing (default);
//                          skip: use PostGraphile only when already installed
//   --keep                 keep the databases (agora_compare_<scale>_<seed>) and reuse them
//   --no-cached            skip the run with Agora's response cache on
//   --profile LIST         queries to profile Agora (PostgreSQL) on with --cpu-prof (default Q1)
//   --out DIR              where results go (default tests/bench/results)
//   --render FILE          only rewrite the report (.md, .svg) from an earlier run's .json
//
// Closed loop (autocannon) for requests/s; fixed arrival rate (half the slowest candidate's
// closed-loop rate in round 1, the same for every candidate) for p50/p95/p99. Beside each run:
// server CPU ms per request (/proc), PostgreSQL backends' CPU ms per request, peak RSS. Then a
// counting pass (fresh servers behind a statement-counting proxy: SQL statements per request),
// EXPLAIN ANALYZE of Q1's statements, one run with Agora's response cache on, and CPU profiles.
// Writes compare-<scale>.md/.json/.svg (+ explain, profiles) and prints the table. Targets are
// reported, never asserted.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createApp } from "@agora/api";
import { AccountError, createDb, generateIntoDatabase, parseScale, signIn, signUp, type Db, type GenerateSummary } from "@agora/db";
import { benchDatabase, type BenchDatabase } from "./bench-databases.ts";
import { createRandom, sample } from "./random.ts";
import { CANDIDATES, CANDIDATE_IDS, installPeers, peersInstalled, REPO_ROOT, startServer, type CandidateId, type RunningServer } from "./compare/candidates.ts";
import { closedLoop, fixedRate, once, type LoadResult } from "./compare/load.ts";
import { backendCpu, backendCpuDelta, cpuMs, memory, sampleRss } from "./compare/proc-stats.ts";
import { QUERY_IDS, requestSource, type CandidateState, type QueryId, type RequestSource, type Targets } from "./compare/queries.ts";
import { startSqlCounter, type CapturedStatement } from "./compare/sql-counter.ts";
import { explainStatements, type ExplainedStatement } from "./compare/explain.ts";
import { summariseProfile, type ProfileSummary } from "./compare/profile.ts";
import { writeReport, type CompareResults, type RunRecord } from "./compare/report.ts";
import { median, percentile } from "./compare/stats.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2).filter((a) => a !== "compare");
const { values } = parseArgs({
  args: argv,
  options: {
    scale: { type: "string", default: "M" },
    seed: { type: "string", default: "1" },
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "8" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    candidates: { type: "string", default: CANDIDATE_IDS.join(",") },
    queries: { type: "string", default: QUERY_IDS.join(",") },
    "q1-size": { type: "string", default: "20" },
    "page-sizes": { type: "string", default: "1,20,50" },
    peers: { type: "string", default: "auto" },
    keep: { type: "boolean", default: false },
    "no-cached": { type: "boolean", default: false },
    profile: { type: "string", default: "Q1" },
    out: { type: "string", default: join(HERE, "results") },
    render: { type: "string" },
  },
});
// Paths on the command line are taken from where `pnpm bench` was run, not from tests/.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
if (values.render) {
  const earlier = JSON.parse(readFileSync(fromCaller(values.render), "utf8")) as CompareResults;
  for (const f of writeReport(dirname(fromCaller(values.render)), earlier)) console.log(`wrote ${f}`);
  process.exit(0);
}

const log = (line: string) => console.log(line);
const scale = parseScale(values.scale!);
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const q1Size = Number(values["q1-size"]);
const pageSizes = values["page-sizes"]!.split(",").map(Number);
const outDir = fromCaller(values.out!);
const queries = values.queries!.split(",").map((q) => q.trim().toUpperCase()) as QueryId[];
for (const q of queries) if (!QUERY_IDS.includes(q)) throw new Error(`--queries: unknown query '${q}' (${QUERY_IDS.join(", ")})`);
let candidates = values.candidates!.split(",").map((c) => c.trim()) as CandidateId[];
for (const c of candidates) if (!CANDIDATE_IDS.includes(c)) throw new Error(`--candidates: unknown candidate '${c}' (${CANDIDATE_IDS.join(", ")})`);
const profileQueries = values.profile ? (values.profile.split(",").map((q) => q.trim().toUpperCase()).filter(Boolean) as QueryId[]) : [];
const notes: string[] = [];

// ---- peers ------------------------------------------------------------------------------
if (candidates.includes("postgraphile") && !peersInstalled()) {
  const failure = values.peers === "skip" ? "not installed (--peers skip)" : installPeers(log);
  if (failure) {
    const message = `PostGraphile skipped: ${failure}. Install it with: npm install --prefix tests/bench/peers`;
    console.warn(message);
    notes.push(message);
    candidates = candidates.filter((c) => c !== "postgraphile");
  }
}
const uses = (engine: "postgres" | "sqlite") => candidates.some((c) => CANDIDATES[c].engine === engine);

// ---- databases --------------------------------------------------------------------------
const dbName = values.keep ? `agora_compare_${scale.name.toLowerCase()}_${seed}` : `agora_compare_${scale.name.toLowerCase()}_${process.pid}`;
const databases: Partial<Record<"postgres" | "sqlite", BenchDatabase>> = {};
const loads: Partial<Record<"postgres" | "sqlite", GenerateSummary | "kept">> = {};
const running: RunningServer[] = [];
let counter: Awaited<ReturnType<typeof startSqlCounter>> | null = null;

async function cleanUp() {
  await Promise.all(running.splice(0).map((s) => s.stop().catch(() => {})));
  await counter?.close();
  if (!values.keep) for (const db of Object.values(databases)) await db.drop().catch(() => {});
}
process.on("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  for (const engine of ["postgres", "sqlite"] as const) {
    if (!uses(engine)) continue;
    const db = await benchDatabase(engine, dbName, { keep: values.keep });
    databases[engine] = db;
    if (db.existed) {
      log(`== ${engine}: reusing ${db.name} (--keep)`);
      loads[engine] = "kept";
    } else {
      log(`== ${engine}: generating scale ${scale.name} (seed ${seed}) into ${engine === "sqlite" ? relative(REPO_ROOT, db.name) : db.name}`);
      loads[engine] = await generateIntoDatabase({ url: db.url, scale, seed, log: (line) => log(`   ${line}`) });
    }
  }
  const dbFor = (id: CandidateId) => databases[CANDIDATES[id].engine]!;

  // ---- targets, accounts ----------------------------------------------------------------
  const targets = await withDb(Object.values(databases)[0]!.url, (db) => sampleTargets(db));
  const states = new Map<CandidateId, CandidateState>();
  const tokens = new Map<string, string>();
  for (const id of candidates) {
    const state: CandidateState = { globalIds: new Map() };
    if (CANDIDATES[id].dialect === "agora") {
      const url = dbFor(id).url;
      if (!tokens.has(url)) tokens.set(url, await withDb(url, editorToken));
      state.token = tokens.get(url);
      state.versions = new Map();
    }
    states.set(id, state);
  }

  // ---- servers, sanity check ------------------------------------------------------------
  for (const id of candidates) {
    log(`== starting ${CANDIDATES[id].label}`);
    running.push(await startServer(id, { databaseUrl: dbFor(id).url }));
  }
  const server = (id: CandidateId) => running.find((s) => s.id === id)!;
  await fillGlobalIds(candidates, server, states, targets);
  await refreshVersions(candidates, states, targets, dbFor);

  const sources = new Map<string, RequestSource>();
  const sourceOf = (id: CandidateId, q: QueryId) => sources.get(`${id} ${q}`);
  for (const id of candidates)
    for (const q of queries) {
      const source = requestSource(q, CANDIDATES[id].dialect, targets, states.get(id)!, q1Size);
      if (source) sources.set(`${id} ${q}`, source);
    }

  const preflight: CompareResults["preflight"] = [];
  const rssBeforeGraph: Record<string, number> = {};
  const graphFirst = new Set<QueryId>(["Q3", "Q4", "Q5"]);
  const ordered = [...queries.filter((q) => !graphFirst.has(q) && q !== "Q7"), ...queries.filter((q) => graphFirst.has(q))];
  const q1Answers = new Map<CandidateId, string>();
  for (const q of ordered) {
    for (const id of candidates) {
      const source = sourceOf(id, q);
      if (!source) continue;
      if (graphFirst.has(q) && rssBeforeGraph[id] === undefined) rssBeforeGraph[id] = memory(server(id).pid)?.rss ?? NaN;
      let answer = await once(server(id).url, source);
      // The first graph query builds the graph (seconds at L, more with the machine busy): past
      // the server's operation timeout that answer is a 503 while the build goes on. Ask again.
      for (let waited = answer.ms; !answer.ok && answer.status === 503 && answer.body.includes("OPERATION_TIMEOUT") && waited < 120_000; ) {
        log(`   ${id.padEnd(13)} ${q}  timed out after ${answer.ms.toFixed(0)} ms while the graph builds; asking again`);
        answer = await once(server(id).url, source);
        waited += answer.ms;
        answer = { ...answer, ms: waited };
      }
      if (!answer.ok) throw new Error(`${id} ${q}: the first answer is an error (HTTP ${answer.status}): ${answer.body.slice(0, 500)}`);
      const data = JSON.parse(answer.body).data;
      if (q === "Q1") q1Answers.set(id, JSON.stringify(data));
      preflight.push({ candidate: id, query: q, firstMs: answer.ms, answer: source.describe(data), approximate: source.approximate });
      log(`   ${id.padEnd(13)} ${q}  first answer ${answer.ms.toFixed(0).padStart(6)} ms: ${source.describe(data)}${source.approximate ? `  (≈ ${source.approximate})` : ""}`);
    }
  }
  for (const id of candidates) if (rssBeforeGraph[id] === undefined) rssBeforeGraph[id] = memory(server(id).pid)?.rss ?? NaN;
  if (queries.some((q) => graphFirst.has(q)))
    for (const id of candidates.filter((c) => CANDIDATES[c].dialect === "agora")) {
      const ms = await graphMetricsSettled(server(id).url);
      log(`   ${id.padEnd(13)} whole-graph communities ready ${ms.toFixed(0)} ms after the graph`);
    }
  const agoraQ1 = q1Answers.get("agora-pg") ?? q1Answers.get("agora-sqlite");
  const sameAnswers: Record<string, boolean> = {};
  for (const id of ["agora-sqlite", "ceiling"] as CandidateId[]) {
    if (agoraQ1 && q1Answers.has(id) && id !== (q1Answers.has("agora-pg") ? "agora-pg" : "agora-sqlite")) {
      sameAnswers[id] = q1Answers.get(id) === agoraQ1;
      log(`   Q1 answer of ${id} ${sameAnswers[id] ? "is identical to" : "DIFFERS from"} Agora's`);
    }
  }

  // ---- timed rounds -----------------------------------------------------------------------
  const runs: RunRecord[] = [];
  const rates = new Map<QueryId, number>();
  const pgAdmin = databases.postgres ? await connectAdmin(databases.postgres.url) : null;

  const measure = async (id: CandidateId, q: QueryId, round: number, mode: "closed" | "rate", rate?: number): Promise<RunRecord> => {
    const s = server(id);
    if (q === "Q7") {
      // Edits still in flight when the last run stopped moved versions we never heard of.
      await new Promise((r) => setTimeout(r, 500));
      await refreshVersions([id], states, targets, dbFor);
    }
    const source = sourceOf(id, q)!;
    const cpu0 = cpuMs(s.pid)!;
    const pg0 = CANDIDATES[id].engine === "postgres" && pgAdmin ? await backendCpu(pgAdmin, databases.postgres!.name) : null;
    const rss = sampleRss(s.pid);
    const result: LoadResult = mode === "closed" ? await closedLoop(s.url, source, { connections, seconds }) : await fixedRate(s.url, source, { rate: rate!, seconds });
    const peakRss = rss.stop();
    const cpu = cpuMs(s.pid)! - cpu0;
    const pgCpu = pg0 ? backendCpuDelta(pg0, await backendCpu(pgAdmin!, databases.postgres!.name)) : null;
    const good = Math.max(1, result.completed - result.errors);
    const record: RunRecord = {
      round,
      candidate: id,
      query: q,
      mode,
      rate,
      rps: result.rps,
      completed: result.completed,
      errors: result.errors,
      p50: percentile(result.latencies, 0.5),
      p95: percentile(result.latencies, 0.95),
      p99: percentile(result.latencies, 0.99),
      max: percentile(result.latencies, 1),
      cpuMsPerRequest: cpu / good,
      pgCpuMsPerRequest: pgCpu === null ? null : pgCpu / good,
      peakRssBytes: peakRss,
    };
    log(
      `   r${round} ${q} ${mode === "closed" ? "closed   " : `@${String(rate).padEnd(4)}/s `} ${id.padEnd(13)} ${record.rps.toFixed(1).padStart(8)} req/s  p50 ${record.p50.toFixed(1).padStart(7)}  p99 ${record.p99.toFixed(1).padStart(7)} ms  cpu ${record.cpuMsPerRequest.toFixed(2)}${record.pgCpuMsPerRequest === null ? "" : ` + pg ${record.pgCpuMsPerRequest.toFixed(2)}`} ms/req  rss ${Math.round(peakRss / 2 ** 20)} MB${record.errors ? `  ${record.errors} ERRORS` : ""}`,
    );
    return record;
  };

  const phase = async (phaseQueries: QueryId[]) => {
    for (const q of phaseQueries) {
      const who = candidates.filter((id) => sourceOf(id, q));
      if (warmup > 0) for (const id of who) await closedLoop(server(id).url, sourceOf(id, q)!, { connections, seconds: warmup });
    }
    for (let round = 1; round <= rounds; round++) {
      log(`== round ${round} of ${rounds}: ${phaseQueries.join(", ")}`);
      for (const q of phaseQueries) {
        const who = candidates.filter((id) => sourceOf(id, q));
        const order = who.map((_, i) => who[(i + round - 1) % who.length]!);
        const closed: RunRecord[] = [];
        for (const id of order) closed.push(await measure(id, q, round, "closed"));
        runs.push(...closed);
        if (!rates.has(q)) rates.set(q, Math.max(1, Math.floor(0.5 * Math.min(...closed.map((r) => r.rps)))));
        for (const id of order) runs.push(await measure(id, q, round, "rate", rates.get(q)));
      }
    }
  };
  // Writes move the data version, which makes Agora rebuild its graph: they come after every read.
  await phase(queries.filter((q) => q !== "Q7"));
  if (queries.includes("Q7")) await phase(["Q7"]);
  const lifetimePeak: Record<string, number> = {};
  for (const s of running) lifetimePeak[s.id] = memory(s.pid)?.hwm ?? NaN;
  const nodeVersions = Object.fromEntries(running.map((s) => [s.id, s.node]));
  await Promise.all(running.splice(0).map((s) => s.stop()));

  // ---- response cache on (Agora, PostgreSQL or else SQLite), reported apart ---------------
  const cached: RunRecord[] = [];
  const cachedId = candidates.includes("agora-pg") ? "agora-pg" : candidates.includes("agora-sqlite") ? "agora-sqlite" : null;
  if (!values["no-cached"] && cachedId) {
    log(`== ${cachedId} with the response cache on (CACHE_TTL_SECONDS=60)`);
    running.push(await startServer(cachedId, { databaseUrl: dbFor(cachedId).url, cacheTtlSeconds: 60 }));
    for (const q of queries.filter((q) => ["Q1", "Q2", "Q6"].includes(q))) {
      await closedLoop(server(cachedId).url, sourceOf(cachedId, q)!, { connections, seconds: warmup || 1 });
      cached.push(await measure(cachedId, q, 1, "closed"));
    }
    await Promise.all(running.splice(0).map((s) => s.stop()));
  }

  await pgAdmin?.end();

  // ---- SQL statements per request: fresh servers behind a counting proxy ----------------
  const statements: CompareResults["statements"] = [];
  let explained: ExplainedStatement[] = [];
  const explainAnswers: Record<string, CapturedStatement[]> = {};
  // The median over single requests: Agora's server also polls DataVersion once a second,
  // which a total over several requests would count.
  const perRequest = async (id: CandidateId, url: string, source: RequestSource, take: () => number, n = 9) => {
    await once(url, source, 0); // graph build, prepared statements, JIT: not counted
    const counts: number[] = [];
    for (let i = 1; i <= n; i++) {
      take();
      const answer = await once(url, source, i);
      if (!answer.ok) throw new Error(`${id}: an error while counting statements: ${answer.body.slice(0, 300)}`);
      counts.push(take());
    }
    return median(counts);
  };
  log(`== counting SQL statements per request`);
  if (databases.postgres) counter = await startSqlCounter(databases.postgres.url);
  await refreshVersions(candidates, states, targets, dbFor);
  for (const id of candidates) {
    const sqlite = CANDIDATES[id].engine === "sqlite";
    let count = 0;
    let serve: { url: string };
    let close = async () => {};
    let take: () => number;
    if (sqlite) {
      // Agora on SQLite, in this process: createDb's onQuery hook sees every statement.
      const db = createDb(dbFor(id).url, { onQuery: () => count++ });
      const app = createApp({ db, webDist: null, graphiql: false, cacheTtlSeconds: 0, rateLimitPerMinute: 0, persistedOperationsManifest: null, log: () => {} });
      const { createServer } = await import("node:http");
      const httpServer = createServer(app);
      await new Promise<void>((r) => httpServer.listen(0, "127.0.0.1", r));
      serve = { url: `http://127.0.0.1:${(httpServer.address() as { port: number }).port}/graphql` };
      take = () => {
        const c = count;
        count = 0;
        return c;
      };
      close = async () => {
        await new Promise<void>((r) => httpServer.close(() => r()));
        httpServer.closeAllConnections();
        await db.close();
      };
    } else {
      const s = await startServer(id, { databaseUrl: counter!.url });
      running.push(s);
      serve = { url: s.url };
      take = () => counter!.take().count;
      close = async () => {
        await s.stop();
        running.splice(running.indexOf(s), 1);
      };
    }
    try {
      for (const q of queries) {
        const source = sourceOf(id, q);
        if (!source) continue;
        if (q === "Q1") {
          for (const size of pageSizes) {
            const sized = requestSource("Q1", CANDIDATES[id].dialect, targets, states.get(id)!, size)!;
            const n = await perRequest(id, serve.url, sized, take);
            statements.push({ candidate: id, query: q, pageSize: size, perRequest: n });
          }
          if (!sqlite) {
            // Q1's own statements, with their parameters, for EXPLAIN.
            await once(serve.url, source, 0);
            counter!.take();
            await once(serve.url, source, 1);
            explainAnswers[id] = counter!.take().statements;
          }
        } else {
          statements.push({ candidate: id, query: q, perRequest: await perRequest(id, serve.url, source, take) });
        }
      }
    } finally {
      await close();
    }
    log(`   ${id.padEnd(13)} ${statements.filter((s) => s.candidate === id).map((s) => `${s.query}${s.pageSize ? `(${s.pageSize})` : ""} ${s.perRequest.toFixed(1)}`).join("  ")}`);
  }
  if (databases.postgres) {
    log(`== EXPLAIN ANALYZE of Q1's statements`);
    for (const [id, list] of Object.entries(explainAnswers)) {
      explained = explained.concat((await explainStatements(databases.postgres.url, list)).map((e) => ({ ...e, candidate: id })));
    }
  }
  await counter?.close();
  counter = null;

  // ---- CPU profiles of Agora ------------------------------------------------------------
  const profiles: { query: QueryId; candidate: CandidateId; summary: ProfileSummary; file: string }[] = [];
  const profiled = candidates.includes("agora-pg") ? "agora-pg" : candidates.includes("agora-sqlite") ? "agora-sqlite" : null;
  if (profiled) {
    for (const q of profileQueries.filter((q) => queries.includes(q) && q !== "Q7")) {
      const dir = join(outDir, "profiles", `${profiled}-${q.toLowerCase()}-${scale.name}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      log(`== CPU profile of ${profiled} under ${q} (closed loop, ${seconds} s)`);
      const s = await startServer(profiled, { databaseUrl: dbFor(profiled).url, nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
      running.push(s);
      await once(s.url, sourceOf(profiled, q)!);
      if (graphFirst.has(q)) await graphMetricsSettled(s.url);
      await closedLoop(s.url, sourceOf(profiled, q)!, { connections, seconds: warmup || 1 });
      const skipMs = performance.now() - s.startedAt; // start-up and warm-up: left out of the summary
      await closedLoop(s.url, sourceOf(profiled, q)!, { connections, seconds });
      const windowMs = performance.now() - s.startedAt - skipMs;
      await s.stop();
      running.splice(running.indexOf(s), 1);
      const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
      if (!file) {
        notes.push(`no CPU profile was written for ${q}`);
        continue;
      }
      profiles.push({ query: q, candidate: profiled, summary: summariseProfile(join(dir, file), { skipMs, windowMs }), file: relative(outDir, join(dir, file)) });
    }
  }

  // ---- report ---------------------------------------------------------------------------
  const results: CompareResults = {
    meta: {
      date: new Date().toISOString(),
      command: `npx -y pnpm@10 bench compare ${argv.join(" ")}`.trim(),
      machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB RAM`,
      harnessNode: process.version,
      nodeVersions,
      scale: scale.name,
      seed,
      rounds,
      seconds,
      warmup,
      connections,
      q1Size,
      candidates,
      queries,
      rates: Object.fromEntries(rates),
      loads: Object.fromEntries(Object.entries(loads).map(([k, v]) => [k, v === "kept" ? "kept" : { totalSeconds: v!.totalSeconds }])),
      notes,
    },
    preflight,
    sameAnswers,
    runs,
    cached,
    statements,
    rssBeforeGraph,
    lifetimePeakRss: lifetimePeak,
    explained,
    profiles,
  };
  const written = writeReport(outDir, results);
  for (const f of written) log(`wrote ${relative(process.cwd(), f)}`);
} finally {
  await cleanUp();
}

// ---- helpers ------------------------------------------------------------------------------

async function withDb<T>(url: string, run: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(url);
  try {
    return await run(db);
  } finally {
    await db.close();
  }
}

/**
 * Once the graph is built, Agora computes its communities in the background (seconds at L, in
 * slices between requests). Timing starts after that, in the rounds and in the profiles alike, so
 * the figures are the steady state; the first seconds after a start or a write are slower.
 */
async function graphMetricsSettled(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ networkStats { modularity } }" }) });
  const body = await response.text();
  if (!response.ok || body.includes(`"errors"`)) throw new Error(`waiting for the graph's communities: HTTP ${response.status} ${body.slice(0, 300)}`);
  return performance.now() - started;
}

async function connectAdmin(url: string) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  client.on("error", (error) => console.warn(`admin connection: ${error.message}`));
  await client.connect();
  return client;
}

async function sampleTargets(db: Db): Promise<Targets> {
  const random = createRandom(seed);
  const rows = await db.prisma.$queryRawUnsafe<{ id: string; label: string }[]>(`SELECT "id", "label" FROM "Entity" WHERE "deletedAt" IS NULL ORDER BY "id"`);
  const related = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "Entity" WHERE "deletedAt" IS NULL AND "degree" > 2 AND CAST("kind" AS TEXT) IN ('SESSION', 'CITY', 'ORGANISATION', 'PERSON') ORDER BY "id"`,
  );
  const sessions = await db.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "Entity" WHERE "deletedAt" IS NULL AND CAST("kind" AS TEXT) = 'SESSION' ORDER BY "id"`);
  const picked = sample(rows, 500, random);
  const words = sample(rows, 500, random).map((row) => {
    const all = row.label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
    if (!all.length) return row.label;
    const first = all[Math.floor(random() * all.length)]!;
    const second = all[Math.floor(random() * all.length)]!;
    return random() < 0.33 && second !== first ? `${first} ${second}` : first;
  });
  // Each write session once per pass, so that no two edits of one session are in flight together.
  const shuffled = [...sessions].sort(() => random() - 0.5).map((s) => s.id);
  return {
    entities: picked.map((r) => r.id),
    related: sample(related, 500, random).map((r) => r.id),
    words,
    writeSessions: shuffled.slice(0, 5000),
  };
}

async function editorToken(db: Db): Promise<string> {
  const email = "bench-editor@agora.bench";
  const password = "bench-editor-password";
  try {
    await signUp(db, { email, name: "Benchmark editor", password }, "EDITOR");
  } catch (error) {
    if (!(error instanceof AccountError && error.code === "EMAIL_TAKEN")) throw error;
  }
  return (await signIn(db, email, password)).token;
}

/** Global IDs of the sampled entities in each schema, asked 25 at a time with aliases. */
async function fillGlobalIds(ids: CandidateId[], server: (id: CandidateId) => RunningServer, states: Map<CandidateId, CandidateState>, targets: Targets) {
  const keys = [...new Set(targets.entities)];
  const ask = async (url: string, field: (key: string) => string) => {
    const found = new Map<string, string>();
    for (let i = 0; i < keys.length; i += 25) {
      const chunk = keys.slice(i, i + 25);
      const query = `{ ${chunk.map((k, j) => `e${j}: ${field(JSON.stringify(k))} { id }`).join(" ")} }`;
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { data?: Record<string, { id: string } | null>; errors?: unknown };
      if (!body.data) throw new Error(`global IDs: ${JSON.stringify(body.errors).slice(0, 300)}`);
      chunk.forEach((k, j) => body.data![`e${j}`] && found.set(k, body.data![`e${j}`]!.id));
    }
    return found;
  };
  for (const id of ids) {
    const dialect = CANDIDATES[id].dialect;
    if (dialect === "postgraphile") states.get(id)!.globalIds = await ask(server(id).url, (k) => `entity(rowId: ${k})`);
    else if (dialect === "agora") states.get(id)!.globalIds = await ask(server(id).url, (k) => `entity(key: ${k})`);
  }
  const agora = ids.find((id) => CANDIDATES[id].dialect === "agora");
  // The ceiling only echoes the ID it is given; without Agora in the run, the key stands in for it.
  if (ids.includes("ceiling")) states.get("ceiling")!.globalIds = agora ? states.get(agora)!.globalIds : new Map(keys.map((k) => [k, k]));
}

/** Each Agora candidate's view of the write sessions' versions, from its own database. */
async function refreshVersions(ids: CandidateId[], states: Map<CandidateId, CandidateState>, targets: Targets, dbFor: (id: CandidateId) => BenchDatabase) {
  const list = targets.writeSessions.map((k) => `'${k.replace(/'/g, "''")}'`).join(",");
  for (const id of ids) {
    const versions = states.get(id)!.versions;
    if (!versions) continue;
    const rows = await withDb(dbFor(id).url, (db) => db.prisma.$queryRawUnsafe<{ id: string; version: number | bigint }[]>(`SELECT "id", "version" FROM "Entity" WHERE "id" IN (${list})`));
    for (const row of rows) versions.set(row.id, Number(row.version));
  }
}
