// Runs the Prisma CLI from the repository root with the environment it needs offline.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export function prisma(args: string[], env: Record<string, string> = {}): string {
  const bin = require.resolve("prisma/build/index.js");
  return execFileSync(process.execPath, [bin, ...args], {
    cwd: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      // With engine "js" these engines are never loaded, but pointing at an existing file
      // stops the CLI from trying to download them at start-up.
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
      ...env,
    },
  });
}
