// The databases the benchmarks run on: a fresh SQLite file under tests/.tmp/bench, or a fresh
// PostgreSQL database on AGORA_TEST_POSTGRES_URL's server, and how to throw each away.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export type Engine = "sqlite" | "postgres";

const HERE = dirname(fileURLToPath(import.meta.url));
export const BENCH_TMP_DIR = join(HERE, "..", ".tmp", "bench");
export const POSTGRES_ADMIN_URL = process.env.AGORA_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function postgresUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function admin<T>(run: (client: pg.Client) => Promise<T>, url = POSTGRES_ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  engine: Engine;
  url: string;
  /** The PostgreSQL database name, or the SQLite file. */
  name: string;
  /** Whether it was there already (kept from an earlier run), i.e. holds data. */
  existed: boolean;
  drop(): Promise<void>;
}

/**
 * A database for one engine named `name`. Fresh (anything of that name dropped first) unless
 * `keep` is set, in which case an existing one is handed back as it is.
 */
export async function benchDatabase(engine: Engine, name: string, { keep = false } = {}): Promise<BenchDatabase> {
  if (engine === "sqlite") {
    mkdirSync(BENCH_TMP_DIR, { recursive: true });
    const file = join(BENCH_TMP_DIR, `${name}.db`);
    const remove = () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => rmSync(file + suffix, { force: true }));
    const existed = keep && existsSync(file);
    if (!existed) remove();
    return { engine, url: `file:${file}`, name: file, existed, drop: async () => remove() };
  }
  const drop = () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {});
  const existed = keep && (await admin((c) => c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]))).rowCount === 1;
  if (!existed) await drop();
  return { engine, url: postgresUrl(name), name, existed, drop };
}
