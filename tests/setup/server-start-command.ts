// How `pnpm start` runs the server bundle — the environment it sets and Node's flags — read from
// packages/api's start script, so that the tests and benchmarks that start the bundle run the
// process users run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./paths.ts";

export interface ServerStartCommand {
  /** Variables the script sets before `node` (`NAME=value` words). */
  env: Record<string, string>;
  /** Node's flags, between `node` and the bundle. */
  flags: string[];
}

export function serverStartCommand(): ServerStartCommand {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "packages/api/package.json"), "utf8")) as { scripts: { start: string } };
  const words = manifest.scripts.start.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
    const word = words.shift()!;
    const at = word.indexOf("=");
    env[word.slice(0, at)] = word.slice(at + 1);
  }
  if (words[0] !== "node" || words.at(-1) !== "dist/server.mjs") {
    throw new Error(`packages/api's start script is no longer '[NAME=value ...] node <flags> dist/server.mjs': ${manifest.scripts.start}`);
  }
  return { env, flags: words.slice(1, -1) };
}
