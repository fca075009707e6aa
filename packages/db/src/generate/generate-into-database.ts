// `agora generate`'s engine: opens (creating, migrating and seeding with GSEF if need be) the
// database DATABASE_URL names, makes the synthetic network and bulk-loads it beside the GSEF rows.
import { parseDatabaseUrl } from "../config.ts";
import { prepareDb } from "../prepare-db.ts";
import { countSyntheticSqlite, loadIntoSqlite } from "./load-sqlite.ts";
import { countSyntheticPostgres, loadIntoPostgres } from "./load-postgres.ts";
import type { LoadResult } from "./load-progress.ts";
import { generateSyntheticNetwork } from "./synthetic-network.ts";
import { SyntheticDataExistsError } from "./synthetic-sql.ts";
import type { Scale } from "./scales.ts";

export interface GenerateIntoOptions {
  /** Default: DATABASE_URL, then the embedded SQLite file. */
  url?: string;
  scale: Scale;
  seed?: number;
  replace?: boolean;
  log?: (line: string) => void;
}

export interface GenerateSummary extends LoadResult {
  database: "sqlite" | "postgres";
  scale: string;
  seed: number;
  /** Seconds spent making the network in memory, before the load. */
  generateSeconds: number;
  /** Wall time of the whole command, opening the database included. */
  totalSeconds: number;
}

export async function generateIntoDatabase({ url, scale, seed = 1, replace = false, log = () => {} }: GenerateIntoOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const target = parseDatabaseUrl(url ?? process.env.DATABASE_URL);
  const db = await prepareDb(target.url, { log });
  await db.close();

  // Refuse before spending seconds on generating, and again inside the load's transaction.
  const existing = target.kind === "sqlite" ? countSyntheticSqlite(target.file) : await countSyntheticPostgres(target.url);
  if (existing > 0 && !replace) throw new SyntheticDataExistsError(existing);

  const t0 = performance.now();
  const network = generateSyntheticNetwork({ scale, seed });
  const generateSeconds = (performance.now() - t0) / 1000;
  log(`generated scale ${scale.name} (seed ${seed}): ${network.entities.length} entities, ${network.links.count} links in ${generateSeconds.toFixed(1)} s`);
  if (existing > 0) log(`replacing ${existing} synthetic entities`);

  const options = { replace, log };
  const result = target.kind === "sqlite" ? loadIntoSqlite(target.file, network, options) : await loadIntoPostgres(target.url, network, options);
  return {
    ...result,
    database: target.kind,
    scale: scale.name,
    seed,
    generateSeconds,
    totalSeconds: (performance.now() - started) / 1000,
  };
}
