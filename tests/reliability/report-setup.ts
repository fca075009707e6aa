// After the reliability project has run: the figures each file recorded, as a report. Written to
// tests/test-output/reliability/REPORT.md always, and over tests/reliability/REPORT.md (the
// committed one) when AGORA_RELIABILITY_REPORT=1, which the command in that file sets.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { FIGURES_DIR, type Figures } from "./support/figures.ts";
import { TESTS_DIR } from "../setup/paths.ts";

export const REPORT_COMMAND = "AGORA_RELIABILITY_REPORT=1 npx -y pnpm@10 -C tests exec vitest run --project reliability";
const ORDER = ["abuse-corpus", "fuzz", "access", "hardening", "faults-postgres", "faults-sqlite", "shutdown", "backup-restore", "soak", "coherence"];

export default function setup() {
  const started = new Date();
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  return () => {
    if (!existsSync(FIGURES_DIR)) return;
    const files = readdirSync(FIGURES_DIR).filter((f) => f.endsWith(".json"));
    const families = files
      .map((f) => ({ name: f.slice(0, -5), ...(JSON.parse(readFileSync(join(FIGURES_DIR, f), "utf8")) as Figures & { at: string }) }))
      .filter((family) => Array.isArray(family.rows))
      .sort((a, b) => rank(a.name) - rank(b.name));
    const lines = [
      "# Reliability and security: figures of the latest run",
      "",
      `Produced by \`${REPORT_COMMAND}\` on ${started.toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version},`,
      `${cpus().length} cores. Every figure below is the one that run measured; the tests in tests/reliability/ assert the`,
      "bounds named in the README (\"Reliability\"). Missing families did not run (a filtered run).",
      "",
    ];
    for (const family of families) {
      lines.push(`## ${family.title}`, "", "| measured | figure |", "| --- | --- |");
      for (const [what, figure] of family.rows) lines.push(`| ${what} | ${figure} |`);
      if (family.notes?.length) lines.push("", ...family.notes.map((n) => `- ${n}`));
      lines.push("");
    }
    const long = join(TESTS_DIR, "reliability", "soak-latest.json");
    if (existsSync(long)) {
      const r = JSON.parse(readFileSync(long, "utf8")) as Record<string, number | string | string[]>;
      const n = (key: string, digits = 0) => Number(r[key]).toFixed(digits);
      lines.push(
        `## Soak, long run (not part of the suite; last run ${String(r.at).slice(0, 10)})`,
        "",
        `Produced by \`${r.command}\`.`,
        "",
        "| measured | figure |",
        "| --- | --- |",
        `| measured capacity / soak rate | ${r.capacityPerSecond} / ${r.ratePerSecond} requests/s |`,
        `| requests × duration | ${r.requests} in ${n("durationSeconds")} s |`,
        `| errors | ${r.errors} |`,
        `| latency p50 / p95 | ${n("p50Ms")} / ${n("p95Ms")} ms |`,
        `| heap after GC: start → end | ${n("baselineMb", 1)} → ${n("finalMb", 1)} MB |`,
        `| heap growth after warm-up (least squares) | ${n("growthMbPerMinute", 2)} MB/min, r² ${n("r2", 2)} (one write in 25 adds a session: the graph and caches grow with the data) |`,
        "",
      );
    }
    const report = lines.join("\n");
    writeFileSync(join(FIGURES_DIR, "REPORT.md"), report);
    if (process.env.AGORA_RELIABILITY_REPORT === "1") writeFileSync(join(TESTS_DIR, "reliability", "REPORT.md"), report);
  };
}

function rank(name: string) {
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
}
