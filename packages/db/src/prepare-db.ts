// Opens a ready-to-use database: created if missing, migrated, and seeded with the GSEF
// dataset when it is empty. This is what makes a fresh clone's first start need no other step.
import { createDb, type CreateDbOptions, type Db } from "./create-db.ts";
import { ConfigError, parseDatabaseUrl } from "./config.ts";
import { describeDatabaseError } from "./database-errors.ts";
import { migrateSqlite } from "./migrate/migrate-sqlite.ts";
import { ensurePostgresDatabase, migratePostgres } from "./migrate/migrate-postgres.ts";
import { seed } from "./seed/seed.ts";
import { DatasetError } from "./seed/load-dataset.ts";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export interface PrepareOptions extends CreateDbOptions {
  /** "if-empty" (default) seeds a database with no entities; "never" leaves it as it is. */
  seed?: "if-empty" | "never";
  log?: (line: string) => void;
}

export async function migrateDatabase(url?: string): Promise<string[]> {
  const target = parseDatabaseUrl(url ?? process.env.DATABASE_URL);
  try {
    if (target.kind === "sqlite") return migrateSqlite(target.file);
    await ensurePostgresDatabase(target.url);
    return await migratePostgres(target.url);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new DatabaseUnavailableError(describeDatabaseError(error, target), { cause: error });
  }
}

export async function prepareDb(url?: string, options: PrepareOptions = {}): Promise<Db> {
  const log = options.log ?? (() => {});
  const applied = await migrateDatabase(url);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  const db = createDb(url, options);
  try {
    if ((options.seed ?? "if-empty") === "if-empty" && (await db.prisma.entity.count()) === 0) {
      const result = await seed(db.prisma);
      log(`seeded the GSEF dataset: ${result.entities} entities, ${result.links} links, ${result.citations} citations`);
    }
    return db;
  } catch (error) {
    await db.close().catch(() => {});
    if (error instanceof DatasetError) throw error;
    throw new DatabaseUnavailableError(describeDatabaseError(error, db.target), { cause: error });
  }
}
