// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (SQLite by default).
import { migrateDatabase } from "../prepare-db.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const applied = await migrateDatabase();
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
});
