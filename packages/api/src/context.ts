import type { Db } from "@agora/db";

export interface Context {
  db: Db;
}

/** Built fresh for every request, so per-request caches never leak between users. */
export function createContext(db: Db): Context {
  return { db };
}
