import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: the nearest folder above this module holding pnpm-workspace.yaml, so
 * that scripts work from any directory and the bundled server (packages/api/dist) finds the
 * same files as the sources do.
 */
function findRepoRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${start}: run Agora from its repository`);
  }
}

export const REPO_ROOT = findRepoRoot();
export const PRISMA_DIR = resolve(REPO_ROOT, "prisma");
export const MIGRATIONS_DIR = {
  sqlite: resolve(PRISMA_DIR, "migrations/sqlite"),
  postgres: resolve(PRISMA_DIR, "migrations/postgres"),
} as const;
export const GENERATED_DIR = resolve(REPO_ROOT, "packages/db/generated");
/** Where the embedded database lives unless DATABASE_URL says otherwise (git-ignored). */
export const DEFAULT_SQLITE_FILE = resolve(REPO_ROOT, ".data/agora.db");
