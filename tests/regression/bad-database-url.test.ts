// Bad configuration ends the server with one clear line, not a stack trace.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../setup/paths.ts";

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "packages/api/src/server.ts")], {
    cwd: join(REPO_ROOT, "packages/api"),
    env: { ...process.env, PORT: "0", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  const lines = result.stderr.split("\n").filter((l) => l.trim() && !/ExperimentalWarning|--trace-warnings/.test(l));
  return { status: result.status, lines };
}

it.each([
  ["mysql://root@localhost/agora", /DATABASE_URL 'mysql:\/\/root@localhost\/agora' is not supported/],
  ["postgresql://postgres@127.0.0.1:1/agora", /Cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused/],
  ["postgresql://postgres@127.0.0.1:5432", /names no database/],
  // A file cannot hold a folder: the database's folder cannot be created.
  [`file:${join(REPO_ROOT, "package.json", "agora.db")}`, /Cannot open the SQLite database file/],
])("DATABASE_URL=%s fails with one line", (url, message) => {
  const { status, lines } = start({ DATABASE_URL: url });
  expect(status).toBe(1);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
});

it("PORT that is not a port fails with one line", () => {
  const { status, lines } = start({ PORT: "forty", DATABASE_URL: "file::memory:" });
  expect(status).toBe(1);
  expect(lines).toEqual([expect.stringMatching(/PORT must be a port number/)]);
});
