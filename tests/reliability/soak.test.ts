// A 30-second soak (reliability/soak.ts, which runs 10 minutes by default): zero errors at half
// the measured capacity; heap growth after GC is reported, and only a gross leak fails the test —
// 30 seconds of samples cannot tell 1 MB/min from noise (the r² is reported with it).
import { expect, it } from "vitest";
import { runSoak } from "./soak.ts";
import { recordFigures } from "./support/figures.ts";

it("serves a 30-second soak at half capacity without an error", async () => {
  const report = await runSoak({ durationSeconds: 30, capacitySeconds: 3, sampleEverySeconds: 3, log: (line) => console.log(line) });
  recordFigures("soak", {
    title: "Soak (30 s in the suite; `tsx reliability/soak.ts` runs 10 minutes)",
    rows: [
      ["measured capacity (8 clients, mixed reads)", `${report.capacityPerSecond} requests/s`],
      ["soak rate (half) × duration", `${report.ratePerSecond}/s × ${report.durationSeconds.toFixed(0)} s = ${report.requests} requests`],
      ["errors", report.errors],
      ["latency p50 / p95", `${report.p50Ms.toFixed(0)} / ${report.p95Ms.toFixed(0)} ms`],
      ["heap after GC: start → end", `${report.baselineMb.toFixed(1)} → ${report.finalMb.toFixed(1)} MB (GC exposed: ${report.gcExposed})`],
      ["heap growth after warm-up (least squares)", `${report.growthMbPerMinute.toFixed(2)} MB/min, r² ${report.r2.toFixed(2)} (reported, not asserted: 30 s is too short)`],
    ],
    notes: [`heap samples (s: MB): ${report.samples.map((s) => `${s.atSeconds.toFixed(0)}: ${(s.heapUsed / 1048576).toFixed(1)}`).join(", ")}`],
  });
  expect(report.errors, report.errorExamples.join("\n")).toBe(0);
  expect(report.gcExposed).toBe(true);
  expect(report.requests).toBeGreaterThan(100);
  // A gross leak only: 50 MB in 30 s.
  expect(report.finalMb - report.baselineMb).toBeLessThan(50);
}, 180_000);
