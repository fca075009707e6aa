// The only place a Prisma client is created. A factory, not a singleton: tests and tools hand
// their own URL in, and each caller closes what it opened.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/sqlite/client.ts";
import { PrismaClient as PostgresPrismaClient } from "../generated/postgres/client.ts";
import { parseDatabaseUrl, type DatabaseTarget, type DbKind } from "./config.ts";
import { serialisedSqliteAdapter } from "./sqlite/serialised-sqlite-adapter.ts";
import { prepareRepeatedReads } from "./adapters/pg-prepared-statements.ts";
import { sqlitePlanReader } from "./sqlite/plan-reader.ts";

export type { DbKind, DatabaseTarget };
export type AgoraPrisma = PrismaClient;

export interface Db {
  /**
   * Typed as the SQLite client. The PostgreSQL client is generated from the same model and
   * behaves identically for everything Agora uses (no PostgreSQL-only options), but the two
   * generated types are not assignable to each other.
   */
  prisma: AgoraPrisma;
  kind: DbKind;
  target: DatabaseTarget;
  /**
   * Runs one read whose single row has a JSON column `data` and returns its text as the database
   * wrote it (null for no row or SQL NULL), past Prisma: the API's SQL plans build whole answers
   * as JSON in the database and send that text on unparsed. Absent for an in-memory SQLite
   * database, which no second connection can see.
   */
  readJsonText?: (sql: string, values?: readonly string[]) => Promise<string | null>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** Called for every SQL statement, e.g. to count statements per request. */
  onQuery?: (sql: string) => void;
  /** Name repeated reads so PostgreSQL parses and plans them once per connection (default true). */
  preparedStatements?: boolean;
  /** Let PostgreSQL run one query on several workers (default false). */
  parallelQuery?: boolean;
  /** Maximum PostgreSQL connections (default 10). */
  poolSize?: number;
}

/** Every column as the text PostgreSQL sent (node-postgres would parse json, numbers, dates). */
const AS_TEXT = { getTypeParser: () => (text: string) => text } as unknown as pg.CustomTypesConfig;

/** How long a SQLite connection waits for another process's lock. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function createDb(url?: string, options: CreateDbOptions = {}): Db {
  const target = parseDatabaseUrl(url ?? process.env.DATABASE_URL);
  const log = options.onQuery ? ([{ emit: "event", level: "query" }] as const) : [];
  if (target.kind === "sqlite") {
    const adapter = serialisedSqliteAdapter({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS });
    const prisma = new PrismaClient({ adapter, log: [...log] });
    if (options.onQuery) prisma.$on("query" as never, (e: { query: string }) => options.onQuery!(e.query));
    const reader = target.file.endsWith(":memory:") ? null : sqlitePlanReader(target.file, SQLITE_BUSY_TIMEOUT_MS);
    return {
      prisma,
      kind: "sqlite",
      target,
      ...(reader && {
        readJsonText: async (sql: string, values: readonly string[] = []) => {
          options.onQuery?.(sql);
          return reader.readJsonText(sql, values);
        },
      }),
      close: async () => {
        reader?.close();
        await prisma.$disconnect();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    // Parallel query spends more CPU to finish one big query sooner; an API answering many
    // requests at once has no idle cores to lend, so it only costs throughput. Measured on
    // search at M: 50 ms of CPU per query without workers, 63 ms in the leader alone with two.
    ...(options.parallelQuery ? {} : { options: "-c max_parallel_workers_per_gather=0" }),
  });
  // Without a listener, an idle client's error (PostgreSQL restarting, 57P01) kills the process.
  pool.on("error", (error) => console.warn(`postgres pool: ${error.message}`));
  if (options.preparedStatements ?? true) pool.on("connect", (client) => prepareRepeatedReads(client));
  const adapter = new PrismaPg(pool);
  const prisma = new PostgresPrismaClient({ adapter, log: [...log] }) as unknown as AgoraPrisma;
  if (options.onQuery) prisma.$on("query" as never, (e: { query: string }) => options.onQuery!(e.query));
  return {
    prisma,
    kind: "postgres",
    target,
    readJsonText: async (sql, values = []) => {
      options.onQuery?.(sql);
      const result = await pool.query<{ data: string | null }>({ text: sql, values: [...values], types: AS_TEXT });
      return result.rows[0]?.data ?? null;
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}
