// A private copy of the seeded SQLite base database in a file of its own, for tests whose
// server or tool runs in another process.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { TMP_DIR } from "../../setup/paths.ts";

export function tempSqliteCopy(name = "agora.db"): { dir: string; file: string; url: string; remove(): void } {
  const dir = mkdtempSync(join(TMP_DIR, "reliability-"));
  const file = join(dir, name);
  copyFileSync(inject("sqliteBase"), file);
  return { dir, file, url: `file:${file}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
