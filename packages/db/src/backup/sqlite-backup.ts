// Online backup and verified restore of a SQLite database, through SQLite's backup API
// (better-sqlite3's db.backup()): the server keeps reading and writing meanwhile (WAL), and the
// copy is one consistent snapshot. A restore writes through the same API into the
// database file, so that the file is never half-copied on disk, and refuses a file that is not
// a sound Agora database, or a database a running server uses (unless forced).
import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { BackupError } from "./backup-error.ts";
import { databaseUser } from "./in-use.ts";
import { tableDigests, type TableDigest } from "./table-digests.ts";

// All pages in one step, under one read transaction. In small steps (better-sqlite3's default is
// 100 pages), every write by another connection between two steps restarts the copy from the
// start: under steady writes a backup never finished (seen in tests/reliability).
const ONE_STEP = { progress: () => 0x7fffffff };

export interface BackupResult {
  file: string;
  bytes: number;
  tables: TableDigest[];
}

/** Checks `file` is a sound SQLite database with Agora's schema; throws a BackupError if not. */
export function verifySqliteDatabase(file: string): void {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as SQLite: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = db.prepare("PRAGMA integrity_check").pluck().all() as string[];
    } catch (error) {
      throw new BackupError(`${file} is not a SQLite database: ${(error as Error).message}`);
    }
    if (problems.length !== 1 || problems[0] !== "ok") throw new BackupError(`${file} is damaged: ${problems.slice(0, 3).join("; ")}`);
    const foreign = db.prepare("PRAGMA foreign_key_check").all();
    if (foreign.length) throw new BackupError(`${file} has ${foreign.length} rows whose references are broken`);
    const has = (name: string) => db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;
    if (!has("_prisma_migrations") || !has("Entity")) throw new BackupError(`${file} is a SQLite database, but not an Agora one (no migrations table or no Entity table)`);
  } finally {
    db.close();
  }
}

export async function backupSqlite(source: string, destination: string, { overwrite = false } = {}): Promise<BackupResult> {
  const target = resolve(destination);
  if (target === resolve(source)) throw new BackupError("the backup file must not be the database itself");
  if (existsSync(target) && !overwrite) throw new BackupError(`${target} exists already; choose a new file (or pass --overwrite)`);
  if (!existsSync(dirname(target))) throw new BackupError(`the folder ${dirname(target)} does not exist`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  // Written beside the target and renamed when whole: a crash never leaves a half backup under
  // the name asked for.
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial, ONE_STEP);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`backup of ${source} failed: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  singleFile(partial);
  verifySqliteDatabase(partial);
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, tables: tableDigests(target) };
}

export interface RestoreOptions {
  /** Restore even though a running server uses the database (it then serves the restored data). */
  force?: boolean;
}

export async function restoreSqlite(backup: string, databaseFile: string, { force = false }: RestoreOptions = {}): Promise<BackupResult> {
  const source = resolve(backup);
  const target = resolve(databaseFile);
  if (source === target) throw new BackupError("the backup file is the database itself");
  verifySqliteDatabase(source);
  const user = databaseUser(target);
  if (user && !force) {
    throw new BackupError(
      `${target} is in use by a running server (pid ${user.pid}, since ${user.since}); stop it first, or pass --force to restore under it`,
    );
  }
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // The backup API writes into the live file under SQLite's own locks: readers of the target
    // see the old data or the new, never a mixture.
    await db.backup(target, ONE_STEP);
  } catch (error) {
    throw new BackupError(`restore into ${target} failed: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  verifySqliteDatabase(target);
  return { file: target, bytes: statSync(target).size, tables: tableDigests(target) };
}

/** Folds a WAL left by the backup into the file itself, so the backup is one self-contained file. */
function singleFile(file: string) {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
}
