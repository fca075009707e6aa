// The Node flags `pnpm start` runs the server bundle with, read from packages/api's start
// script, so that the tests and benchmarks that start the bundle run the process users run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./paths.ts";

export function serverNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "packages/api/package.json"), "utf8")) as { scripts: { start: string } };
  const words = manifest.scripts.start.trim().split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== "dist/server.mjs") {
    throw new Error(`packages/api's start script is no longer 'node <flags> dist/server.mjs': ${manifest.scripts.start}`);
  }
  return words.slice(1, -1);
}
