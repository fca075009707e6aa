// `pnpm agora generate`: a synthetic network for scale tests and benchmarks, bulk-loaded beside
// the GSEF data (see packages/db/src/generate/).
import {
  ConfigError,
  DanglingReferenceError,
  DatabaseUnavailableError,
  DatasetError,
  generateIntoDatabase,
  parseDatabaseUrl,
  parseScale,
  redact,
  SyntheticDataExistsError,
  SCALES,
  entityCount,
} from "@agora/db";
import { defineCommand, UsageError } from "../command.ts";

const scales = Object.values(SCALES)
  .map((s) => `${s.name}: ${entityCount(s).toLocaleString("en")} entities, ${s.links.toLocaleString("en")} links`)
  .join("\n                        ");

export default defineCommand({
  summary: "load a deterministic synthetic network (scale S, M or L) into the database",
  help: `usage: pnpm agora generate --scale S|M|L [--seed N] [--database-url URL] [--replace]

Generates a synthetic knowledge network (people, organisations, sessions with series and
congress sessions, resources, a theme tree, invented cities and countries, and power-law
distributed links of every type) and bulk-loads it into the database, beside the GSEF data.
The same scale and seed always give the same rows; every synthetic id starts with 'syn-'.
A database that does not exist yet is created, migrated and seeded with GSEF first.

options:
  --scale S|M|L         how big:
                        ${scales}
  --seed N              seed of the generator (default 1)
  --database-url URL    file:<path> or postgresql://... (default: DATABASE_URL, else .data/agora.db)
  --replace             delete earlier synthetic rows first (without it, a database that already
                        holds synthetic rows is left alone and the command fails)
  -h, --help            this help

examples:
  pnpm agora generate --scale S
  pnpm agora generate --scale L --seed 7 --database-url postgresql://postgres@127.0.0.1:5432/agora_big --replace`,
  options: {
    scale: { type: "string" },
    seed: { type: "string" },
    "database-url": { type: "string" },
    replace: { type: "boolean" },
  },
  expectedErrors: [ConfigError, DatabaseUnavailableError, DatasetError, SyntheticDataExistsError, DanglingReferenceError],
  async run(values, io) {
    if (!values.scale) throw new UsageError("--scale is required (S, M or L)");
    let scale;
    try {
      scale = parseScale(values.scale);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed must be an integer from 0 to 4294967295, got '${values.seed}'`);
    const target = parseDatabaseUrl(values["database-url"] ?? process.env.DATABASE_URL);
    const where = target.kind === "sqlite" ? `SQLite ${target.file}` : `PostgreSQL ${redact(target.url)}`;
    io.out(`agora generate: scale ${scale.name}, seed ${seed}, into ${where}`);
    const s = await generateIntoDatabase({ url: target.url, scale, seed, replace: values.replace ?? false, log: io.out });
    const replaced = s.replaced ? `, after deleting ${s.replaced} earlier synthetic entities` : "";
    io.out(
      `done: ${s.entities} entities, ${s.links} links, ${s.aliases} aliases in ${s.totalSeconds.toFixed(1)} s ` +
        `(generate ${s.generateSeconds.toFixed(1)} s, load ${s.seconds.toFixed(1)} s)${replaced}`,
    );
  },
});
