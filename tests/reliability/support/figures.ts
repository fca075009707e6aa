// Each reliability test file records the figures it measured under tests/test-output/reliability/
// (one JSON file per family); report-setup.ts turns them into REPORT.md at the end of the run.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OUTPUT_DIR } from "../../setup/paths.ts";

export const FIGURES_DIR = join(OUTPUT_DIR, "reliability");

export interface Figures {
  /** Heading in the report. */
  title: string;
  /** Rows of the report's table for this family: what was measured, and the figure. */
  rows: [string, string | number][];
  /** Anything else worth a line. */
  notes?: string[];
}

export function recordFigures(family: string, figures: Figures): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${family}.json`), JSON.stringify({ ...figures, at: new Date().toISOString() }, null, 2));
}
