import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root, found from this file so that scripts work from any directory. */
export const REPO_ROOT = resolve(here, "../../..");
export const PRISMA_DIR = resolve(REPO_ROOT, "prisma");
export const MIGRATIONS_DIR = {
  sqlite: resolve(PRISMA_DIR, "migrations/sqlite"),
  postgres: resolve(PRISMA_DIR, "migrations/postgres"),
} as const;
export const GENERATED_DIR = resolve(here, "../generated");
/** Where the embedded database lives unless DATABASE_URL says otherwise (git-ignored). */
export const DEFAULT_SQLITE_FILE = resolve(REPO_ROOT, ".data/agora.db");
