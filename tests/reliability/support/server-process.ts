// The real server in a child process, on a free port, for the tests that need a process:
// SIGTERM, kill, memory after GC, two processes sharing a database. It runs the bundle
// `pnpm start` runs (packages/api/dist/server.mjs, written by `pnpm build`), so these tests
// also prove the shipped artefact works.
import { existsSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../setup/paths.ts";
import { serverStartCommand } from "../../setup/server-start-command.ts";

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

export async function startServer(env: Record<string, string>, { nodeArgs = [] as string[], timeoutMs = 60_000 } = {}): Promise<ServerProcess> {
  const apiDir = join(REPO_ROOT, "packages/api");
  const bundle = join(apiDir, "dist/server.mjs");
  if (!existsSync(bundle)) throw new Error(`no server bundle at ${bundle}: run \`npx -y pnpm@10 build\` first (pnpm test does)`);
  const start = serverStartCommand();
  const child = spawn(process.execPath, [...nodeArgs, ...start.flags, bundle], {
    cwd: apiDir,
    env: { ...process.env, ...start.env, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", RATE_LIMIT_PER_MINUTE: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const look = () => {
      const match = /serving http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on("data", look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited before it served:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    exited,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

export async function gql(url: string, query: string, variables?: Record<string, unknown>, token?: string, signal?: AbortSignal) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}
