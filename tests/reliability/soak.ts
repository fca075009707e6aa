// Soak: the real server (its own process, run with --expose-gc and DEBUG_HEAP=true) under a
// steady mix of the web app's reads and some writes, at half the capacity measured first, for a
// long time; the heap after a full GC is sampled through the admin-only /debug/heap hook.
// Reports errors and heap growth (a least-squares slope, MB per minute, over the samples after
// warm-up).
//
//   npx -y pnpm@10 -C tests exec tsx reliability/soak.ts                  # 10 minutes
//   npx -y pnpm@10 -C tests exec tsx reliability/soak.ts --duration 120 --rate 50
//   ... --database-url file:/path/to/copy.db   (default: a copy of a freshly seeded database)
//
// The suite runs a 30-second version (soak.test.ts). A run of this script writes its figures to
// tests/reliability/soak-latest.json, which REPORT.md includes.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { prepareDb, signIn, signUp } from "@agora/db";
import { startServer, gql, type ServerProcess } from "./support/server-process.ts";

export interface SoakOptions {
  durationSeconds: number;
  /** Requests per second; default half the capacity measured over `capacitySeconds`. */
  rate?: number;
  capacitySeconds?: number;
  /** A SQLite file (copied, never written) or a PostgreSQL URL; default a freshly seeded SQLite database. */
  databaseUrl?: string;
  sampleEverySeconds?: number;
  log?: (line: string) => void;
}

export interface HeapSample {
  atSeconds: number;
  heapUsed: number;
}

export interface SoakReport {
  capacityPerSecond: number;
  ratePerSecond: number;
  durationSeconds: number;
  requests: number;
  errors: number;
  errorExamples: string[];
  p50Ms: number;
  p95Ms: number;
  samples: HeapSample[];
  baselineMb: number;
  finalMb: number;
  /** Least-squares slope of heap-after-GC over the samples after warm-up. */
  growthMbPerMinute: number;
  /** How well a line fits the samples (1: perfectly); a slope over noise has a low r². */
  r2: number;
  gcExposed: boolean;
}

const QUERIES: { query: string; variables: (i: number) => Record<string, unknown> }[] = [
  { query: `query($n: Int) { sessions(first: $n) { totalCount edges { node { key title startDate city { name country { name } } } } } }`, variables: (i) => ({ n: 5 + (i % 10) }) },
  { query: `query($q: String!) { search(query: $q, first: 5) { totalCount edges { node { __typename key label } } } }`, variables: (i) => ({ q: ["kampala", "seoul", "kim", "social", "gsef", "montreal", "training"][i % 7] }) },
  { query: `query($k: String!) { entity(key: $k) { key label connectionCount sources { totalCount } ... on Session { participants { edges { node { person { name } } } } } } }`, variables: (i) => ({ k: ["gsef-2013", "gsef-2018", "east-africa-training-uganda-2019", "laurence-kwark", "kampala"][i % 5] }) },
  { query: `query($k: ID!) { neighbourhood(id: $k, depth: 2, limit: 100) { nodeCount edges { type } } }`, variables: (i) => ({ k: ["kampala", "seoul", "montreal"][i % 3] }) },
  { query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length sentence } }`, variables: (i) => ({ a: ["kampala", "seoul"][i % 2], b: "montreal" }) },
  { query: `{ stats { entities links byKind { kind count } byYear { year count } } }`, variables: () => ({}) },
  { query: `query($k: ID!) { relatedCases(id: $k, first: 3) { score entity { label } } }`, variables: () => ({ k: "east-africa-training-uganda-2019" }) },
];
const WRITE = `mutation($t: String!) { createSession(input: { title: $t, sessionKind: WORKSHOP, city: "kampala", startDate: "2026-03-10", sources: [{ source: "gsef-about" }] }) { entity { key } userErrors { message } } }`;

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

function fit(samples: HeapSample[]) {
  const n = samples.length;
  if (n < 2) return { slope: 0, r2: 0 };
  const mx = samples.reduce((s, p) => s + p.atSeconds, 0) / n;
  const my = samples.reduce((s, p) => s + p.heapUsed, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of samples) {
    sxy += (p.atSeconds - mx) * (p.heapUsed - my);
    sxx += (p.atSeconds - mx) ** 2;
    syy += (p.heapUsed - my) ** 2;
  }
  const slope = sxx ? sxy / sxx : 0;
  return { slope, r2: sxx && syy ? (sxy * sxy) / (sxx * syy) : 0 };
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), "agora-soak-"));
  let url = options.databaseUrl;
  if (!url || url.startsWith("file:")) {
    const file = join(dir, "soak.db");
    if (url) copyFileSync(url.slice("file:".length), file);
    url = `file:${file}`;
  }
  const db = await prepareDb(url);
  const stamp = Date.now();
  await signUp(db, { email: `soak-admin-${stamp}@agora.test`, name: "Soak admin", password: "correct horse battery" }, "ADMIN");
  await signUp(db, { email: `soak-member-${stamp}@agora.test`, name: "Soak member", password: "correct horse battery" }, "MEMBER");
  const admin = (await signIn(db, `soak-admin-${stamp}@agora.test`, "correct horse battery")).token;
  const member = (await signIn(db, `soak-member-${stamp}@agora.test`, "correct horse battery")).token;
  await db.close();

  let server: ServerProcess | undefined;
  try {
    server = await startServer({ DATABASE_URL: url, DEBUG_HEAP: "true" }, { nodeArgs: ["--expose-gc"] });
    const base = server.url;
    const heap = async (): Promise<{ heapUsed: number; gc: boolean }> => (await fetch(`${base}/debug/heap`, { headers: { authorization: `Bearer ${admin}` } })).json() as never;
    let i = 0;
    const errors: string[] = [];
    let errorCount = 0;
    const latencies: number[] = [];
    const one = async () => {
      const n = i++;
      const write = n % 25 === 24;
      const started = performance.now();
      try {
        const r = write
          ? await gql(base, WRITE, { t: `Soak session ${n}` }, member)
          : await gql(base, QUERIES[n % QUERIES.length]!.query, QUERIES[n % QUERIES.length]!.variables(n));
        latencies.push(performance.now() - started);
        const userErrors = write ? r.json?.data?.createSession?.userErrors?.length : 0;
        if (r.status !== 200 || r.json?.errors || userErrors) {
          errorCount++;
          if (errors.length < 5) errors.push(`${r.status} ${r.text.slice(0, 200)}`);
        }
      } catch (error) {
        errorCount++;
        if (errors.length < 5) errors.push(`fetch: ${(error as Error).message}`);
      }
    };

    // Warm up (graph built, caches filled), then capacity: 8 clients as fast as they go.
    for (let w = 0; w < 30; w++) await one();
    const capacitySeconds = options.capacitySeconds ?? 5;
    const capStart = performance.now();
    const before = i;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (performance.now() - capStart < capacitySeconds * 1000) await one();
    }));
    const capacity = (i - before) / ((performance.now() - capStart) / 1000);
    const rate = options.rate ?? Math.max(1, Math.floor(capacity / 2));
    log(`capacity ${capacity.toFixed(0)} requests/s; soaking at ${rate}/s for ${options.durationSeconds} s`);
    errorCount = 0;
    errors.length = 0;
    latencies.length = 0;

    // Open loop at `rate`, at most 64 in flight.
    const samples: HeapSample[] = [];
    const t0 = performance.now();
    const first = await heap();
    samples.push({ atSeconds: 0, heapUsed: first.heapUsed });
    const every = options.sampleEverySeconds ?? Math.max(3, Math.round(options.durationSeconds / 20));
    let nextSample = every;
    let inFlight = 0;
    let sent = 0;
    const pending = new Set<Promise<void>>();
    while (performance.now() - t0 < options.durationSeconds * 1000) {
      const elapsed = (performance.now() - t0) / 1000;
      const due = Math.floor(elapsed * rate);
      while (sent < due && inFlight < 64) {
        sent++;
        inFlight++;
        const p = one().finally(() => {
          inFlight--;
          pending.delete(p);
        });
        pending.add(p);
      }
      if (elapsed >= nextSample) {
        const h = await heap();
        samples.push({ atSeconds: elapsed, heapUsed: h.heapUsed });
        log(`  ${elapsed.toFixed(0)} s: ${sent} sent, ${errorCount} errors, heap after GC ${(h.heapUsed / 1048576).toFixed(1)} MB`);
        nextSample += every;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(pending);
    const last = await heap();
    const durationSeconds = (performance.now() - t0) / 1000;
    samples.push({ atSeconds: durationSeconds, heapUsed: last.heapUsed });
    // The first quarter is warm-up (caches and the graph settle).
    const steady = samples.filter((s) => s.atSeconds >= durationSeconds / 4);
    const { slope, r2 } = fit(steady);
    latencies.sort((a, b) => a - b);
    return {
      capacityPerSecond: Math.round(capacity),
      ratePerSecond: rate,
      durationSeconds,
      requests: sent,
      errors: errorCount,
      errorExamples: errors,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      samples,
      baselineMb: first.heapUsed / 1048576,
      finalMb: last.heapUsed / 1048576,
      growthMbPerMinute: (slope * 60) / 1048576,
      r2,
      gcExposed: first.gc,
    };
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { duration: { type: "string" }, rate: { type: "string" }, "database-url": { type: "string" } } });
  const report = await runSoak({
    durationSeconds: Number(values.duration ?? 600),
    rate: values.rate ? Number(values.rate) : undefined,
    databaseUrl: values["database-url"],
    log: (line) => console.log(line),
  });
  console.log(
    `soak: ${report.requests} requests in ${report.durationSeconds.toFixed(0)} s at ${report.ratePerSecond}/s (capacity ${report.capacityPerSecond}/s), ${report.errors} errors; ` +
      `p50 ${report.p50Ms.toFixed(0)} ms, p95 ${report.p95Ms.toFixed(0)} ms; heap after GC ${report.baselineMb.toFixed(1)} → ${report.finalMb.toFixed(1)} MB, ` +
      `growth ${report.growthMbPerMinute.toFixed(3)} MB/min (r² ${report.r2.toFixed(2)})`,
  );
  for (const e of report.errorExamples) console.log(`  error: ${e}`);
  const command = `npx -y pnpm@10 -C tests exec tsx reliability/soak.ts ${process.argv.slice(2).join(" ")}`.trim();
  writeFileSync(new URL("./soak-latest.json", import.meta.url), JSON.stringify({ command, at: new Date().toISOString(), ...report, samples: undefined }, null, 2) + "\n");
  process.exitCode = report.errors ? 1 : 0;
}
