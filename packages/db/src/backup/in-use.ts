// Which process serves a SQLite database: the API server leaves `<database>.in-use` (its pid)
// beside the file while it runs, so that a restore can refuse to swap the data under it. A
// marker whose process is gone (a crash, kill -9) counts for nothing.
import { readFileSync, rmSync, writeFileSync } from "node:fs";

export interface DatabaseUser {
  pid: number;
  since: string;
}

const markerOf = (file: string) => `${file}.in-use`;

/** Marks `file` as served by this process; returns the function that removes the mark. */
export function claimDatabase(file: string): () => void {
  const marker = markerOf(file);
  writeFileSync(marker, JSON.stringify({ pid: process.pid, since: new Date().toISOString() } satisfies DatabaseUser));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    // Only our own mark: another server may have claimed the file since.
    if (databaseUser(file)?.pid === process.pid) rmSync(marker, { force: true });
  };
  process.once("exit", release);
  return release;
}

/** The live process that claimed `file`, if any. */
export function databaseUser(file: string): DatabaseUser | null {
  let user: DatabaseUser;
  try {
    user = JSON.parse(readFileSync(markerOf(file), "utf8")) as DatabaseUser;
  } catch {
    return null;
  }
  if (!Number.isInteger(user.pid) || user.pid <= 0) return null;
  try {
    process.kill(user.pid, 0);
    return user;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? user : null;
  }
}
