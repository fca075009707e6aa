// `pnpm agora <command>` as a child process (node + tsx directly: pnpm's own start-up adds a
// second), with its exit code and output.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../setup/paths.ts";

export function agora(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
      cwd: join(REPO_ROOT, "packages/cli"),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
