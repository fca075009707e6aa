// A PostgreSQL cluster of this test's own (Debian's initdb and pg_ctl, in a temp folder, on a
// free port, trust auth), so that it can be stopped and started without touching the shared
// server on 5432 that other tests use. As root, the binaries run as the `postgres` user.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PrivatePostgres {
  port: number;
  url(database: string): string;
  start(): void;
  stop(): void;
  destroy(): void;
}

export function postgresBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)");
  const root = mkdtempSync(join(tmpdir(), "agora-pg-"));
  chmodSync(root, 0o777);
  const data = join(root, "data");
  const port = await freePort();
  const asPostgres = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    execFileSync(asPostgres ? "runuser" : join(bin, tool), asPostgres ? ["-u", "postgres", "--", join(bin, tool), ...args] : args, { stdio: "pipe", timeout: 60_000 });
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c shared_buffers=32MB`;
  const start = () => run("pg_ctl", ["-D", data, "-o", options, "-l", join(root, "log"), "-w", "-t", "30", "start"]);
  start();
  return {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start,
    // fast: rolls back open transactions and ends every session at once (57P01 to clients).
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"]),
    destroy: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
