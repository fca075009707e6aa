// The side-by-side benchmark's harness works end to end at scale S: it generates the data,
// starts the real servers (Agora on PostgreSQL and the raw-SQL ceiling; PostGraphile only when
// tests/bench/peers is already installed: the suite never downloads it), loads them, counts
// SQL statements, explains Q1, profiles, and writes its report. Only that numbers came out
// and files were written is checked here, never how fast anything was: speed is the
// benchmark's to report (`pnpm bench compare`), not the suite's to assert.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { peersInstalled } from "../bench/compare/candidates.ts";
import type { CompareResults } from "../bench/compare/report.ts";

const TESTS = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = mkdtempSync(join(tmpdir(), "agora-compare-smoke-"));
const withPostGraphile = peersInstalled();
const candidates = ["agora-pg", "ceiling", ...(withPostGraphile ? ["postgraphile"] : [])];
let results: CompareResults;
let output = "";

beforeAll(async () => {
  const args = ["--import", "tsx", "bench/compare-bench.ts", "--scale", "S", "--rounds", "1", "--seconds", "1", "--warmup", "0"];
  args.push("--queries", "Q1,Q4,Q6,Q7", "--candidates", candidates.join(","), "--peers", "skip", "--page-sizes", "1,5", "--profile", "Q1", "--out", out);
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: TESTS, env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", resolve);
  });
  expect(code, output.slice(-3000)).toBe(0);
  results = JSON.parse(readFileSync(join(out, "compare-S.json"), "utf8"));
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("writes the report, its data, the chart and Q1's plans", () => {
  for (const file of ["compare-S.md", "compare-S.json", "compare-S.svg", "explain-q1-S.md"]) expect(existsSync(join(out, file)), file).toBe(true);
  const md = readFileSync(join(out, "compare-S.md"), "utf8");
  expect(md).toContain("Reproduce: `npx -y pnpm@10 bench compare --scale S");
  expect(md).toContain("## Targets (reported, never asserted)");
  expect(readFileSync(join(out, "compare-S.svg"), "utf8")).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<rect [\s\S]*<\/svg>$/);
});

it("measures every candidate on every query it can express, without errors", () => {
  const expected = [
    ["agora-pg", "Q1"], ["agora-pg", "Q4"], ["agora-pg", "Q6"], ["agora-pg", "Q7"], ["ceiling", "Q1"], ["ceiling", "Q6"],
    ...(withPostGraphile ? [["postgraphile", "Q1"], ["postgraphile", "Q4"], ["postgraphile", "Q6"], ["postgraphile", "Q7"]] : []),
  ];
  for (const [candidate, query] of expected) {
    for (const mode of ["closed", "rate"]) {
      const run = results.runs.find((r) => r.candidate === candidate && r.query === query && r.mode === mode);
      expect(run, `${candidate} ${query} ${mode}`).toBeDefined();
      expect(run!.completed).toBeGreaterThan(0);
      expect(run!.errors, `${candidate} ${query} ${mode}`).toBe(0);
      for (const figure of [run!.rps, run!.p50, run!.p99, run!.peakRssBytes]) expect(figure).toBeGreaterThan(0);
      expect(run!.cpuMsPerRequest).toBeGreaterThanOrEqual(0);
    }
  }
  expect(results.cached.map((r) => r.query)).toEqual(["Q1", "Q6"]);
});

it("answers Q1 from the ceiling exactly as Agora does", () => {
  expect(results.sameAnswers.ceiling).toBe(true);
});

it("counts SQL statements per request, explains Q1 and profiles Agora", () => {
  const q1 = results.statements.filter((s) => s.candidate === "agora-pg" && s.query === "Q1");
  expect(q1.map((s) => s.pageSize)).toEqual([1, 5]);
  for (const s of results.statements) expect(s.perRequest, `${s.candidate} ${s.query}`).toBeGreaterThan(0);
  expect(results.statements.find((s) => s.candidate === "ceiling" && s.query === "Q1")!.perRequest).toBe(1);
  const plans = results.explained.filter((e) => e.candidate === "agora-pg");
  expect(plans.length).toBeGreaterThan(0);
  expect(plans.some((e) => /Execution Time/.test(e.plan))).toBe(true);
  expect(results.profiles[0]!.summary.totalMs).toBeGreaterThan(0);
  expect(results.profiles[0]!.summary.byPackage.length).toBeGreaterThan(0);
});
