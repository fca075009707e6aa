// PostgreSQL backups are PostgreSQL's own: pg_dump in its custom format, and pg_restore. These
// run them with the URL from DATABASE_URL (the password travels in the environment, never on a
// command line another user could read in `ps`).
import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { BackupError } from "./backup-error.ts";

export function pgDumpArgs(file: string): string[] {
  return ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`];
}

export function pgRestoreArgs(file: string): string[] {
  return ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", file];
}

export async function backupPostgres(url: string, file: string): Promise<{ file: string; bytes: number }> {
  if (existsSync(file)) throw new BackupError(`${file} exists already; choose a new file`);
  await run("pg_dump", [...pgDumpArgs(file), `--dbname=${withoutPassword(url).url}`], withoutPassword(url).password);
  return { file, bytes: statSync(file).size };
}

export async function restorePostgres(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  await run("pg_restore", [`--dbname=${withoutPassword(url).url}`, ...pgRestoreArgs(file)], withoutPassword(url).password);
}

function withoutPassword(raw: string): { url: string; password: string | undefined } {
  const url = new URL(raw);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = "";
  return { url: url.toString(), password };
}

function run(command: string, args: string[], password: string | undefined): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"], env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(new BackupError(error.code === "ENOENT" ? `${command} is not installed (Debian: apt-get install postgresql-client)` : `${command}: ${error.message}`)),
    );
    child.on("close", (code) => (code === 0 ? resolvePromise() : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" ")}`))));
  });
}
