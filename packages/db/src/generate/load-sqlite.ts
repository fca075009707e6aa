// Bulk load into SQLite: one transaction, prepared multi-row INSERTs, triggers off meanwhile.
// The triggers of the written tables (degree, search, data version) are dropped inside the
// transaction and re-created from their own saved SQL before it commits, so no other connection
// ever sees them missing; what they would have done is then done once, set-wise.
import Database from "better-sqlite3";
import { SYNTHETIC_PREFIX, type SyntheticNetwork } from "./synthetic-network.ts";
import { hasTimestamps, syntheticTables, TIMESTAMP_COLUMNS, type Table } from "./synthetic-tables.ts";
import { bumpDataVersionSql, copyEntityDateSql, countSyntheticSql, recomputeDegreeSql, SyntheticDataExistsError, wipeSyntheticSql } from "./synthetic-sql.ts";
import { stepTimer, type LoadOptions, type LoadResult } from "./load-progress.ts";

const ROWS_PER_INSERT = 500;
const WRITTEN_TABLES = ["Entity", "Person", "Country", "City", "Organisation", "Session", "Resource", "Theme", "Link", "Alias", "Figure", "Citation"];

/** Rebuilds the search rows of synthetic entities, and drops those of synthetic entities now gone. */
const REFRESH_SEARCH_SQL = `INSERT INTO "EntitySearchRefresh" ("entityId")
  SELECT "entityId" FROM "EntitySearchKey" WHERE "entityId" LIKE '${SYNTHETIC_PREFIX}%'
  UNION SELECT "id" FROM "Entity" WHERE "id" LIKE '${SYNTHETIC_PREFIX}%'`;

export function countSyntheticSqlite(file: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.prepare(countSyntheticSql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

export function loadIntoSqlite(file: string, network: SyntheticNetwork, options: LoadOptions = {}): LoadResult {
  const log = options.log ?? (() => {});
  const timer = stepTimer(log);
  const now = (options.now ?? new Date()).toISOString().replace("Z", "+00:00"); // as Prisma writes DateTime
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    // Only for this connection, only for the load: a crash mid-load may lose the load, never
    // what was committed before it (WAL keeps the database file consistent).
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -262144");
    db.pragma("temp_store = MEMORY");
    let replaced = 0;
    const load = db.transaction(() => {
      replaced = (db.prepare(countSyntheticSql).get() as { n: number }).n;
      if (replaced > 0 && !options.replace) throw new SyntheticDataExistsError(replaced);
      const triggers = db
        .prepare(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "tbl_name" IN (${WRITTEN_TABLES.map(() => "?").join(", ")})`)
        .all(...WRITTEN_TABLES) as { name: string; sql: string }[];
      for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
      if (replaced > 0) {
        timer.stepSync("wipe", () => {
          for (const sql of wipeSyntheticSql) db.exec(sql);
        });
      }
      timer.stepSync("insert", () => {
        for (const table of syntheticTables(network)) insertTable(db, table, now, timer.progress(table.name, table.count));
      });
      timer.stepSync("degree", () => {
        for (const sql of recomputeDegreeSql) db.exec(sql);
      });
      timer.stepSync("dates", () => {
        for (const sql of copyEntityDateSql) db.exec(sql);
      });
      timer.stepSync("search index", () => db.exec(REFRESH_SEARCH_SQL));
      for (const t of triggers) db.exec(t.sql);
      db.exec(bumpDataVersionSql);
    });
    log(`loading into SQLite ${file}`);
    load.immediate();
    return {
      replaced,
      entities: network.entities.length,
      links: network.links.count,
      aliases: network.aliases.length,
      steps: timer.steps,
      seconds: timer.elapsed(),
    };
  } finally {
    db.close();
  }
}

function insertTable(db: Database.Database, table: Table, now: string, progress: (done: number) => void) {
  const timestamps = hasTimestamps(table.name);
  const names = [...table.columns.map((c) => c.name), ...(timestamps ? TIMESTAMP_COLUMNS : [])];
  const tuple = `(${table.columns.map(() => "?").join(", ")}${timestamps ? `, '${now}', '${now}'` : ""})`;
  const prefix = `INSERT INTO "${table.name}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES `;
  const full = db.prepare(prefix + Array(ROWS_PER_INSERT).fill(tuple).join(", "));
  const values: unknown[] = [];
  let rows = 0;
  let done = 0;
  for (const row of table.rows()) {
    for (const v of row) values.push(v);
    if (++rows === ROWS_PER_INSERT) {
      full.run(values);
      done += rows;
      progress(done);
      values.length = 0;
      rows = 0;
    }
  }
  if (rows > 0) {
    db.prepare(prefix + Array(rows).fill(tuple).join(", ")).run(values);
    done += rows;
    progress(done);
  }
}
