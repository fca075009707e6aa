import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const TESTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = join(TESTS_DIR, "..");
export const TMP_DIR = join(TESTS_DIR, ".tmp");
export const OUTPUT_DIR = join(TESTS_DIR, "test-output");

/** A PostgreSQL URL whose database is `postgres`, used to create and drop test databases. */
export const POSTGRES_ADMIN_URL = process.env.AGORA_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}
