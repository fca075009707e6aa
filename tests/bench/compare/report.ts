// The report of `pnpm bench compare`: compare-<scale>.md (ratios, figures, targets, notes),
// compare-<scale>.json (every run), compare-<scale>.svg (the chart, drawn here: no service),
// explain-q1-<scale>.md (plans) and, when profiled, profile summaries inside the markdown.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CANDIDATES, type CandidateId } from "./candidates.ts";
import { planWarnings, type ExplainedStatement } from "./explain.ts";
import type { ProfileSummary } from "./profile.ts";
import { QUERY_TITLES, type QueryId } from "./queries.ts";
import { median, range } from "./stats.ts";

export interface RunRecord {
  round: number;
  candidate: CandidateId;
  query: QueryId;
  mode: "closed" | "rate";
  /** Requests per second offered, for a fixed-rate run. */
  rate?: number;
  rps: number;
  completed: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server process CPU (user + system) per good answer. */
  cpuMsPerRequest: number;
  /** PostgreSQL backends' CPU per good answer; null on SQLite. */
  pgCpuMsPerRequest: number | null;
  peakRssBytes: number;
}

export interface CompareResults {
  meta: {
    date: string;
    command: string;
    machine: string;
    harnessNode: string;
    nodeVersions: Record<string, string>;
    scale: string;
    seed: number;
    rounds: number;
    seconds: number;
    warmup: number;
    connections: number;
    q1Size: number;
    candidates: CandidateId[];
    queries: QueryId[];
    rates: Record<string, number>;
    loads: Record<string, unknown>;
    notes: string[];
  };
  preflight: { candidate: CandidateId; query: QueryId; firstMs: number; answer: string; approximate?: string }[];
  sameAnswers: Record<string, boolean>;
  runs: RunRecord[];
  cached: RunRecord[];
  statements: { candidate: CandidateId; query: QueryId; pageSize?: number; perRequest: number }[];
  rssBeforeGraph: Record<string, number>;
  lifetimePeakRss: Record<string, number>;
  explained: ExplainedStatement[];
  profiles: { query: QueryId; candidate: CandidateId; summary: ProfileSummary; file: string }[];
}

const TARGET_Q1_RATIO = 1.25;
const TARGET_GRAPH_P95_MS = 50;
const TARGET_RSS_MB = 300;

const f1 = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : "–");
const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–");
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${Math.round(bytes / 2 ** 20)} MB` : "–");

export function writeReport(outDir: string, r: CompareResults): string[] {
  mkdirSync(outDir, { recursive: true });
  const base = `compare-${r.meta.scale}`;
  const files = [join(outDir, `${base}.md`), join(outDir, `${base}.json`), join(outDir, `${base}.svg`)];
  writeFileSync(files[1]!, JSON.stringify(r, null, 1));
  writeFileSync(files[2]!, chart(r));
  writeFileSync(files[0]!, markdown(r, `${base}.svg`, `explain-q1-${r.meta.scale}.md`));
  if (r.explained.length) {
    const explain = join(outDir, `explain-q1-${r.meta.scale}.md`);
    writeFileSync(explain, explainMarkdown(r));
    files.push(explain);
  }
  return files;
}

/** Median figures of one candidate on one query, over the rounds. */
export function figures(r: CompareResults, candidate: CandidateId, query: QueryId) {
  const closed = r.runs.filter((x) => x.candidate === candidate && x.query === query && x.mode === "closed");
  const rate = r.runs.filter((x) => x.candidate === candidate && x.query === query && x.mode === "rate");
  if (!closed.length) return null;
  const statements = r.statements.filter((s) => s.candidate === candidate && s.query === query);
  const q1 = statements.find((s) => s.pageSize === r.meta.q1Size) ?? statements[0];
  return {
    rps: median(closed.map((x) => x.rps)),
    rpsRange: range(closed.map((x) => x.rps)),
    closedP50: median(closed.map((x) => x.p50)),
    closedP99: median(closed.map((x) => x.p99)),
    rate: rate[0]?.rate,
    p50: median(rate.map((x) => x.p50)),
    p95: median(rate.map((x) => x.p95)),
    p99: median(rate.map((x) => x.p99)),
    cpu: median(closed.map((x) => x.cpuMsPerRequest)),
    pgCpu: closed[0]!.pgCpuMsPerRequest === null ? null : median(closed.map((x) => x.pgCpuMsPerRequest!)),
    statements: q1?.perRequest,
    peakRss: Math.max(...closed.concat(rate).map((x) => x.peakRssBytes)),
    errors: closed.concat(rate).reduce((a, x) => a + x.errors, 0),
  };
}

/** Per-round ratios a/b of closed-loop req/s and of fixed-rate p99, summarised. */
export function ratios(r: CompareResults, a: CandidateId, b: CandidateId, query: QueryId) {
  const rps: number[] = [];
  const p99: number[] = [];
  for (let round = 1; round <= r.meta.rounds; round++) {
    const find = (c: CandidateId, mode: "closed" | "rate") => r.runs.find((x) => x.round === round && x.candidate === c && x.query === query && x.mode === mode);
    const [ca, cb, ra, rb] = [find(a, "closed"), find(b, "closed"), find(a, "rate"), find(b, "rate")];
    if (ca && cb) rps.push(ca.rps / cb.rps);
    if (ra && rb) p99.push(ra.p99 / rb.p99);
  }
  return { rps: median(rps), rpsRange: range(rps), p99: median(p99), p99Range: range(p99), rounds: rps.length };
}

const rangeText = ([lo, hi]: [number, number], fmt: (x: number) => string) => (Number.isFinite(lo) && lo !== hi ? ` (${fmt(lo)}–${fmt(hi)})` : "");

function markdown(r: CompareResults, svg: string, explainFile: string): string {
  const m = r.meta;
  const has = (c: CandidateId) => m.candidates.includes(c);
  const out: string[] = [];
  out.push(`# Agora side by side with PostGraphile and the raw-SQL ceiling, scale ${m.scale}`);
  out.push("");
  out.push(`Reproduce: \`${m.command}\``);
  out.push("");
  out.push(
    `Run on ${m.date.slice(0, 10)}: ${m.machine}; harness and load generator on Node ${m.harnessNode}, in the same machine as the servers and PostgreSQL. ` +
      `Servers: ${m.candidates.map((c) => `${CANDIDATES[c].label} on Node ${r.meta.nodeVersions[c] ?? "?"}`).join("; ")}. ` +
      `Data: synthetic scale ${m.scale} (seed ${m.seed}) beside the GSEF data, the same rows in PostgreSQL and SQLite. ` +
      `${m.rounds} interleaved rounds (the order of candidates rotates each round) of ${m.seconds} s per run after ${m.warmup} s of warm-up per candidate and query, timed once Agora's background work after the graph build (its communities) was done; ` +
      `closed loop with ${m.connections} connections (autocannon) for requests/s, then a fixed arrival rate (open loop: latency counted from when each request was due) ` +
      `of half the slowest candidate's round-1 rate, the same for every candidate, for p50/p95/p99. Figures are medians over the rounds, ranges in brackets. ` +
      `Response cache off (CACHE_TTL_SECONDS=0) and rate limit off (RATE_LIMIT_PER_MINUTE=0) except where said; noise between runs on this machine is 30–50%, so read ratios, not absolutes.`,
  );
  out.push("");
  out.push(`![requests per second and p99 by query and candidate](${svg})`);
  out.push("");

  // Ratios
  out.push(`## Ratios`);
  out.push("");
  out.push(`Per round, Agora's figure over the other's in the same round, then the median of the rounds (range). req/s: above 1 is Agora faster; p99 at the fixed rate: below 1 is Agora faster.`);
  out.push("");
  const pairs: [CandidateId, CandidateId, string][] = [
    ["agora-pg", "postgraphile", "Agora / PostGraphile"],
    ["agora-pg", "ceiling", "Agora / ceiling"],
    ["agora-sqlite", "agora-pg", "Agora SQLite / Agora PostgreSQL"],
  ];
  out.push(`| query | ${pairs.filter(([a, b]) => has(a) && has(b)).map(([, , t]) => `${t}: req/s | ${t}: p99`).join(" | ")} |`);
  out.push(`| --- | ${pairs.filter(([a, b]) => has(a) && has(b)).map(() => "--- | ---").join(" | ")} |`);
  for (const q of m.queries) {
    const cells = pairs
      .filter(([a, b]) => has(a) && has(b))
      .map(([a, b]) => {
        const x = ratios(r, a, b, q);
        if (!x.rounds) return "– | –";
        const approx = r.preflight.find((p) => p.candidate === b && p.query === q)?.approximate ? " ≈" : "";
        return `${ratio(x.rps)}${rangeText(x.rpsRange, ratio)}${approx} | ${ratio(x.p99)}${rangeText(x.p99Range, ratio)}${approx}`;
      });
    out.push(`| ${q} ${QUERY_TITLES[q]} | ${cells.join(" | ")} |`);
  }
  out.push("");
  out.push(`≈: the peer asks for comparable, not identical, work (see "What each candidate answers"); –: the peer cannot express the query.`);
  out.push("");

  // Figures
  out.push(`## Figures`);
  out.push("");
  out.push(
    `CPU ms/req: the server process's user + system CPU over the closed-loop run, per good answer; PG CPU: the PostgreSQL backends serving the benchmark database, likewise (in-process for SQLite). ` +
      `Statements: SQL statements per request, counted at the wire (PostgreSQL) or by createDb's onQuery (SQLite) in a separate pass. Peak RSS: the server's highest resident memory sampled during these runs.`,
  );
  out.push("");
  out.push(`| query | candidate | req/s (closed) | p50 / p99 closed (ms) | fixed rate (req/s) | p50 / p95 / p99 at the rate (ms) | CPU ms/req | PG CPU ms/req | statements/req | peak RSS | errors |`);
  out.push(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
  for (const q of m.queries) {
    for (const c of m.candidates) {
      const x = figures(r, c, q);
      if (!x) continue;
      out.push(
        `| ${q} | ${CANDIDATES[c].short} | ${f1(x.rps)}${rangeText(x.rpsRange, f1)} | ${f1(x.closedP50)} / ${f1(x.closedP99)} | ${x.rate ?? "–"} | ${f1(x.p50)} / ${f1(x.p95)} / ${f1(x.p99)} | ${f1(x.cpu)} | ${x.pgCpu === null ? "(in process)" : f1(x.pgCpu)} | ${x.statements === undefined ? "–" : f1(x.statements)} | ${mb(x.peakRss)} | ${x.errors} |`,
      );
    }
  }
  out.push("");

  // Statements vs page size
  const q1Counts = r.statements.filter((s) => s.query === "Q1" && s.pageSize !== undefined);
  if (q1Counts.length) {
    const sizes = [...new Set(q1Counts.map((s) => s.pageSize!))].sort((a, b) => a - b);
    out.push(`## SQL statements per request against page size (Q1)`);
    out.push("");
    out.push(`| candidate | ${sizes.map((s) => `${s} sessions`).join(" | ")} | independent of page size |`);
    out.push(`| --- | ${sizes.map(() => "---").join(" | ")} | --- |`);
    for (const c of m.candidates) {
      const row = sizes.map((s) => q1Counts.find((x) => x.candidate === c && x.pageSize === s)?.perRequest);
      if (row.every((x) => x === undefined)) continue;
      const same = row.every((x) => x === row[0]);
      out.push(`| ${CANDIDATES[c].short} | ${row.map((x) => (x === undefined ? "–" : f1(x))).join(" | ")} | ${same ? "yes" : "**no**"} |`);
    }
    out.push("");
  }

  // Cached
  if (r.cached.length) {
    out.push(`## Agora with the response cache on (reported apart)`);
    out.push("");
    out.push(`One closed-loop run each with CACHE_TTL_SECONDS=60 after a warm-up that fills the cache (every variable set repeats), against the uncached median above.`);
    out.push("");
    out.push(`| query | req/s cached | req/s uncached | p50 / p99 cached (ms) | CPU ms/req cached |`);
    out.push(`| --- | --- | --- | --- | --- |`);
    for (const x of r.cached) {
      const uncached = figures(r, x.candidate, x.query);
      out.push(`| ${x.query} (${CANDIDATES[x.candidate].short}) | ${f1(x.rps)} | ${uncached ? f1(uncached.rps) : "–"} | ${f1(x.p50)} / ${f1(x.p99)} | ${f1(x.cpuMsPerRequest)} |`);
    }
    out.push("");
  }

  // Targets
  out.push(`## Targets (reported, never asserted)`);
  out.push("");
  out.push(`| target | status | measured |`);
  out.push(`| --- | --- | --- |`);
  for (const line of targetLines(r)) out.push(line);
  out.push("");

  // Memory
  out.push(`## Memory`);
  out.push("");
  out.push(`| candidate | RSS before any graph query | peak RSS during the timed runs | peak RSS over the process's life (VmHWM) |`);
  out.push(`| --- | --- | --- | --- |`);
  for (const c of m.candidates) {
    const peak = Math.max(...r.runs.filter((x) => x.candidate === c).map((x) => x.peakRssBytes));
    out.push(`| ${CANDIDATES[c].short} | ${mb(r.rssBeforeGraph[c] ?? NaN)} | ${mb(peak)} | ${mb(r.lifetimePeakRss[c] ?? NaN)} |`);
  }
  out.push("");

  // Explain summary
  if (r.explained.length) {
    out.push(`## Q1's SQL on PostgreSQL (EXPLAIN ANALYZE, details in [${explainFile}](${explainFile}))`);
    out.push("");
    out.push(`| candidate | statements | execution ms (sum) | planning ms (sum) | plan warnings |`);
    out.push(`| --- | --- | --- | --- | --- |`);
    for (const c of m.candidates) {
      const list = r.explained.filter((e) => e.candidate === c);
      if (!list.length) continue;
      const explained = list.filter((e) => e.plan);
      const warnings = [...new Set(explained.flatMap((e) => planWarnings(e.plan)))];
      out.push(
        `| ${CANDIDATES[c].short} | ${list.length} (${explained.length} explained) | ${f1(explained.reduce((a, e) => a + e.ms, 0))} | ${f1(explained.reduce((a, e) => a + (e.planningMs ?? 0), 0))} | ${warnings.join("; ") || "none"} |`,
      );
    }
    out.push("");
  }

  // Profiles
  for (const p of r.profiles) {
    const busy = p.summary.totalMs - p.summary.idleMs;
    out.push(`## CPU profile: ${CANDIDATES[p.candidate].short} under ${p.query}`);
    out.push("");
    out.push(`\`node --cpu-prof\`, samples of the ${m.seconds} s closed loop only (start-up, the graph's communities and warm-up left out): ${f1(p.summary.totalMs / 1000)} s sampled, ${f1(p.summary.idleMs / 1000)} s idle. Shares are of the busy time. Profile: \`${p.file}\` beside this report (not committed; open it in Chrome DevTools).`);
    out.push("");
    out.push(`| package | self | inclusive |`);
    out.push(`| --- | --- | --- |`);
    for (const x of p.summary.byPackage.filter((x) => x.name !== "(idle)").slice(0, 14)) {
      out.push(`| ${x.name} | ${((100 * x.selfMs) / busy).toFixed(1)}% | ${((100 * x.inclusiveMs) / busy).toFixed(1)}% |`);
    }
    out.push("");
    out.push(`| function (self time) | where | self |`);
    out.push(`| --- | --- | --- |`);
    for (const x of p.summary.topFunctions.slice(0, 15)) out.push(`| \`${x.name}\` | ${x.where} | ${((100 * x.selfMs) / busy).toFixed(1)}% |`);
    out.push("");
  }

  // What each answers
  out.push(`## What each candidate answers`);
  out.push("");
  out.push(`First answer of each candidate to each query (time includes one-off work such as Agora's graph build):`);
  out.push("");
  out.push(`| query | candidate | first answer | answer |`);
  out.push(`| --- | --- | --- | --- |`);
  for (const p of r.preflight) out.push(`| ${p.query} | ${CANDIDATES[p.candidate].short} | ${f1(p.firstMs)} ms | ${p.answer}${p.approximate ? ` (≈ ${p.approximate})` : ""} |`);
  out.push("");
  for (const [c, same] of Object.entries(r.sameAnswers)) out.push(`- Q1: ${CANDIDATES[c as CandidateId].short}'s answer is ${same ? "byte for byte Agora's" : "**not** Agora's"}.`);
  out.push(
    `- PostGraphile's Q1 asks for the same objects (sessions latest first, 10 participations by link id, each person's 5 affiliations by link id) through its generated schema: Session → its Entity row → links in → source Entity → Person, links out → target Entity → Organisation; its date order puts undated sessions first where Agora puts them last, and it does not filter soft-deleted links (the synthetic data has none).`,
  );
  out.push(`- PostGraphile cannot express search ranking (Q2), related cases (Q3) or shortest paths (Q5) without custom SQL functions; its Q4 is nested links, not Agora's deduplicated, limited subgraph.`);
  out.push(`- Rates at the fixed-rate runs: ${Object.entries(m.rates).map(([q, v]) => `${q} ${v}/s`).join(", ")}.`);
  for (const n of m.notes) out.push(`- ${n}`);
  out.push("");
  return out.join("\n");
}

function targetLines(r: CompareResults): string[] {
  const m = r.meta;
  const lines: string[] = [];
  const verdict = (ok: boolean | null) => (ok === null ? "not measured" : ok ? "met" : "**missed**");
  if (m.candidates.includes("agora-pg") && m.candidates.includes("postgraphile") && m.queries.includes("Q1")) {
    const x = ratios(r, "agora-pg", "postgraphile", "Q1");
    const ok = x.rps >= TARGET_Q1_RATIO && x.p99 <= 1;
    lines.push(
      `| Q1: Agora ≥ ${TARGET_Q1_RATIO}× PostGraphile req/s, p99 no worse | ${verdict(Number.isFinite(x.rps) ? ok : null)} | ${ratio(x.rps)} req/s${rangeText(x.rpsRange, ratio)}, p99 ${ratio(x.p99)}${rangeText(x.p99Range, ratio)} of PostGraphile's |`,
    );
  } else lines.push(`| Q1: Agora ≥ ${TARGET_Q1_RATIO}× PostGraphile req/s, p99 no worse | not measured | PostGraphile not in this run |`);
  const q1 = r.statements.filter((s) => s.query === "Q1" && s.pageSize !== undefined && CANDIDATES[s.candidate].dialect === "agora");
  if (q1.length) {
    const byCandidate = new Map<string, number[]>();
    for (const s of q1) byCandidate.set(s.candidate, [...(byCandidate.get(s.candidate) ?? []), s.perRequest]);
    const ok = [...byCandidate.values()].every((v) => v.every((x) => x === v[0]));
    lines.push(`| SQL statements per request independent of page size (Agora, Q1) | ${verdict(ok)} | ${[...byCandidate].map(([c, v]) => `${CANDIDATES[c as CandidateId].short}: ${v.map(f1).join(" / ")}`).join("; ")} |`);
  }
  for (const c of ["agora-pg", "agora-sqlite"] as CandidateId[]) {
    if (!m.candidates.includes(c)) continue;
    const graph = (["Q3", "Q4", "Q5"] as QueryId[]).filter((q) => m.queries.includes(q)).map((q) => [q, figures(r, c, q)?.p95 ?? NaN] as const);
    if (!graph.length) continue;
    const ok = graph.every(([, p95]) => p95 < TARGET_GRAPH_P95_MS);
    lines.push(
      `| Q3–Q5 p95 < ${TARGET_GRAPH_P95_MS} ms (${CANDIDATES[c].short}${m.scale === "L" ? "" : `; the target is for L, this is ${m.scale}`}) | ${verdict(ok)} | ${graph.map(([q, p]) => `${q} ${f1(p)} ms`).join(", ")} at the fixed rate |`,
    );
  }
  for (const c of ["agora-pg", "agora-sqlite"] as CandidateId[]) {
    if (!m.candidates.includes(c)) continue;
    const peak = Math.max(...r.runs.filter((x) => x.candidate === c).map((x) => x.peakRssBytes));
    lines.push(
      `| server RSS < ${TARGET_RSS_MB} MB under load (${CANDIDATES[c].short}${m.scale === "L" ? "" : `; the target is for L, this is ${m.scale}`}) | ${verdict(peak < TARGET_RSS_MB * 2 ** 20)} | peak ${mb(peak)} (${mb(r.rssBeforeGraph[c] ?? NaN)} before the first graph query) |`,
    );
  }
  return lines;
}

function explainMarkdown(r: CompareResults): string {
  const out = [`# Q1's SQL statements on PostgreSQL, scale ${r.meta.scale}`, "", `Captured at the wire in the counting pass of \`${r.meta.command}\` (one Q1 of ${r.meta.q1Size} sessions per candidate), each run again with \`EXPLAIN (ANALYZE, BUFFERS)\` and its own parameters (second run of two).`, ""];
  for (const c of r.meta.candidates) {
    const list = r.explained.filter((e) => e.candidate === c);
    if (!list.length) continue;
    out.push(`## ${CANDIDATES[c].label}: ${list.length} statements`, "");
    list.forEach((e, i) => {
      out.push(`### ${i + 1}. ${e.plan ? `${f1(e.ms)} ms execution, ${f1(e.planningMs ?? NaN)} ms planning` : "not explained"}`, "");
      out.push("```sql", e.sql.trim().slice(0, 6000), "```", "");
      if (e.params?.length) out.push(`Parameters: \`${JSON.stringify(e.params).slice(0, 400)}\``, "");
      if (e.plan) {
        const warnings = planWarnings(e.plan);
        if (warnings.length) out.push(`Warnings: ${warnings.join("; ")}`, "");
        out.push("```", e.plan, "```", "");
      }
    });
  }
  return out.join("\n");
}

// ---- chart -------------------------------------------------------------------------------

const COLOURS: Record<CandidateId, string> = { "agora-pg": "#1f6feb", "agora-sqlite": "#8ab4f8", postgraphile: "#d9822b", ceiling: "#6e7781" };

function chart(r: CompareResults): string {
  const m = r.meta;
  const rows: { q: QueryId; c: CandidateId; rps: number; p99: number }[] = [];
  for (const q of m.queries)
    for (const c of m.candidates) {
      const x = figures(r, c, q);
      if (x) rows.push({ q, c, rps: x.rps, p99: x.p99 });
    }
  const bar = 14;
  const gap = 10;
  const left = 70;
  const panel = 380;
  const top = 60;
  const groups = m.queries.filter((q) => rows.some((x) => x.q === q));
  let y = top;
  const positions: { row: (typeof rows)[number]; y: number }[] = [];
  const groupY: { q: QueryId; y: number; h: number }[] = [];
  for (const q of groups) {
    const start = y;
    for (const row of rows.filter((x) => x.q === q)) {
      positions.push({ row, y });
      y += bar + 2;
    }
    groupY.push({ q, y: start, h: y - start });
    y += gap;
  }
  const height = y + 50;
  const width = left + 2 * panel + 120;
  const logScale = (values: number[]) => {
    const v = values.filter((x) => Number.isFinite(x) && x > 0);
    const lo = Math.pow(10, Math.floor(Math.log10(Math.min(...v, 1))));
    const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...v, 10))));
    return { lo, hi, x: (value: number) => ((Math.log10(Math.max(value, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (panel - 60) };
  };
  const rpsScale = logScale(rows.map((x) => x.rps));
  const p99Scale = logScale(rows.map((x) => x.p99));
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`);
  parts.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  parts.push(`<text x="${left}" y="20" font-size="14" font-weight="bold">${esc(`Agora side by side, scale ${m.scale} (${m.rounds} rounds, medians)`)}</text>`);
  const panels = [
    { title: "requests/s, closed loop (log scale, more is better)", x0: left, scale: rpsScale, value: (row: (typeof rows)[number]) => row.rps },
    { title: "p99 ms at a fixed arrival rate (log scale, less is better)", x0: left + panel + 40, scale: p99Scale, value: (row: (typeof rows)[number]) => row.p99 },
  ];
  for (const p of panels) {
    parts.push(`<text x="${p.x0}" y="${top - 18}" font-weight="bold">${esc(p.title)}</text>`);
    for (let t = p.scale.lo; t <= p.scale.hi; t *= 10) {
      const x = p.x0 + p.scale.x(t);
      parts.push(`<line x1="${x}" y1="${top - 8}" x2="${x}" y2="${y}" stroke="#ddd"/>`);
      parts.push(`<text x="${x}" y="${y + 12}" text-anchor="middle" fill="#555">${t >= 1000 ? `${t / 1000}k` : t}</text>`);
    }
    for (const { row, y: by } of positions) {
      const v = p.value(row);
      if (!Number.isFinite(v)) continue;
      const w = Math.max(1, p.scale.x(v));
      parts.push(`<rect x="${p.x0}" y="${by}" width="${w.toFixed(1)}" height="${bar}" fill="${COLOURS[row.c]}"><title>${esc(`${row.q} ${CANDIDATES[row.c].short}: ${f1(v)}`)}</title></rect>`);
      parts.push(`<text x="${(p.x0 + w + 4).toFixed(1)}" y="${by + bar - 3}" fill="#333">${f1(v)}</text>`);
    }
  }
  for (const g of groupY) parts.push(`<text x="${left - 8}" y="${g.y + g.h / 2 + 4}" text-anchor="end" font-weight="bold">${g.q}</text>`);
  let lx = left;
  for (const c of m.candidates) {
    parts.push(`<rect x="${lx}" y="${height - 22}" width="12" height="12" fill="${COLOURS[c]}"/>`);
    parts.push(`<text x="${lx + 16}" y="${height - 12}">${esc(CANDIDATES[c].label)}</text>`);
    lx += 16 + CANDIDATES[c].label.length * 6 + 20;
  }
  parts.push(`</svg>`);
  return parts.join("\n");
}
