// `pnpm agora backup` / `restore`: an online backup taken while the API writes, restored into
// another database and compared table by table (row count and content hash); a restore refused
// while a server uses the database (unless --force), and refused for a damaged or foreign file;
// PostgreSQL through pg_dump / pg_restore.
import { copyFileSync, writeFileSync, readFileSync, truncateSync, statSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createApp } from "@agora/api";
import { createDb, tableDigests } from "@agora/db";
import { tokensFor } from "../setup/accounts.ts";
import { copyOfBaseDb, type TestDb } from "../setup/test-db.ts";
import { POSTGRES_ADMIN_URL, postgresUrl } from "../setup/paths.ts";
import { agora } from "./support/cli.ts";
import { tempSqliteCopy } from "./support/temp-sqlite.ts";
import { startServer } from "./support/server-process.ts";
import { recordFigures } from "./support/figures.ts";

const rows: [string, string | number][] = [];
const copies: { remove(): void }[] = [];
const temp = () => {
  const c = tempSqliteCopy();
  copies.push(c);
  return c;
};
afterAll(() => {
  for (const c of copies) c.remove();
  recordFigures("backup-restore", { title: "Backup and restore", rows });
});

it("backs up online while the API writes, and a restore reproduces every table exactly", async () => {
  const source = temp();
  const db = createDb(source.url);
  const tokens = await tokensFor(db as TestDb, "backup");
  const app = createApp({ db, webDist: null, cacheTtlSeconds: 0, rateLimitPerMinute: 0, log: () => {} });
  let writing = true;
  let writes = 0;
  const writer = (async () => {
    while (writing) {
      await app.fetch("http://agora.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${tokens.member}` },
        body: JSON.stringify({ query: `mutation($t: String!) { createSession(input: { title: $t, sessionKind: WORKSHOP, sources: [{ source: "gsef-about" }] }) { entity { key } } }`, variables: { t: `Written during the backup ${writes}` } }),
      });
      writes++;
      // SQLite answers through microtasks only: without a macrotask the loop would starve the
      // event loop, and the child's exit would never be heard. A server yields on every socket.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const online = join(source.dir, "online.db");
  const started = performance.now();
  const during = await agora(["backup", online, "--database-url", source.url]);
  const seconds = (performance.now() - started) / 1000;
  writing = false;
  await writer;
  expect(during.code, during.stderr).toBe(0);
  expect(during.stdout).toMatch(/done: .*checked/);
  const sessionsInBackup = tableDigests(online).find((t) => t.table === "Session")!.rows;
  expect(sessionsInBackup).toBeGreaterThanOrEqual(16);

  // Quiet now: back up, restore into another database, compare.
  const quiet = join(source.dir, "quiet.db");
  expect((await agora(["backup", quiet, "--database-url", source.url])).code).toBe(0);
  await db.close();
  const target = temp(); // the GSEF base: different from the source by every write above
  expect(tableDigests(target.file)).not.toEqual(tableDigests(source.file));
  const restored = await agora(["restore", quiet, "--database-url", target.url]);
  expect(restored.code, restored.stderr).toBe(0);
  const expected = tableDigests(source.file);
  const actual = tableDigests(target.file);
  expect(actual).toEqual(expected);
  const totalRows = actual.reduce((n, t) => n + t.rows, 0);
  rows.push(
    ["online backup while the API wrote", `${seconds.toFixed(1)} s, ${writes} writes meanwhile; the copy is consistent (integrity_check ok)`],
    ["tables compared after restore (row count + SHA-256 of content)", `${actual.length} tables, ${totalRows} rows: all equal`],
    ["backup size", `${(statSync(quiet).size / 1024).toFixed(0)} KB`],
  );
});

it("refuses to restore under a running server unless --force, and refuses damaged or foreign files", async () => {
  const live = temp();
  const backup = join(live.dir, "backup.db");
  expect((await agora(["backup", backup, "--database-url", live.url])).code).toBe(0);
  // Existing backup files are not overwritten by accident.
  const again = await agora(["backup", backup, "--database-url", live.url]);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(/exists already/);

  const server = await startServer({ DATABASE_URL: live.url });
  try {
    const refused = await agora(["restore", backup, "--database-url", live.url]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`in use by a running server \\(pid ${server.child.pid}`));
    const forced = await agora(["restore", backup, "--database-url", live.url, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    // The running server serves the restored file.
    const answer = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ sessions { totalCount } }" }) });
    expect((await answer.json()).data.sessions.totalCount).toBe(16);
  } finally {
    await server.stop();
  }
  // Once the server is gone, its mark goes too.
  expect((await agora(["restore", backup, "--database-url", live.url])).code).toBe(0);

  const garbage = join(live.dir, "garbage.db");
  writeFileSync(garbage, "this is not a database ".repeat(1000));
  const truncated = join(live.dir, "truncated.db");
  copyFileSync(backup, truncated);
  truncateSync(truncated, Math.floor(statSync(truncated).size / 3));
  const foreign = join(live.dir, "foreign.db");
  const { default: Database } = await import("better-sqlite3");
  const other = new Database(foreign);
  other.exec("CREATE TABLE notes (text TEXT)");
  other.close();
  const before = readFileSync(live.file);
  for (const [file, message] of [
    [garbage, /not a SQLite database|cannot be opened/],
    [truncated, /damaged|not a SQLite database|malformed|cannot be opened/],
    [foreign, /not an Agora one/],
    [join(live.dir, "missing.db"), /does not exist/],
  ] as const) {
    const result = await agora(["restore", file, "--database-url", live.url]);
    expect(result.code, file).toBe(1);
    expect(result.stderr).toMatch(message);
  }
  expect(readFileSync(live.file).equals(before)).toBe(true);
  rows.push(
    ["restore while a server runs on the database", "refused (exit 1, names the pid); --force restores and the server serves the restored data"],
    ["restore of a garbage, truncated, foreign or missing file", "refused (exit 1), database untouched"],
  );
});

it("backs up and restores PostgreSQL with pg_dump and pg_restore", async () => {
  const source = await copyOfBaseDb("postgres");
  const file = join(temp().dir, "agora.dump");
  const backup = await agora(["backup", file], { DATABASE_URL: source.target.url });
  expect(backup.code, backup.stderr).toBe(0);
  const name = `agora_restore_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const restore = await agora(["restore", file], { DATABASE_URL: postgresUrl(name) });
    expect(restore.code, restore.stderr).toBe(0);
    const counts = async (url: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const tables = (await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.t);
      const out: Record<string, string> = {};
      for (const t of tables) {
        const { rows: r } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`);
        out[t] = `${r[0].n}:${r[0].h}`;
      }
      await client.end();
      return out;
    };
    const [a, b] = [await counts(source.target.url), await counts(postgresUrl(name))];
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(b).toEqual(a);
    rows.push(["PostgreSQL: pg_dump → pg_restore into an empty database", `${Object.keys(a).length} tables: row counts and md5 of content equal`]);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    await source.close();
  }
});
