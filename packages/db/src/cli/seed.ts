// `pnpm db:seed`: loads (or refreshes) the GSEF dataset into DATABASE_URL.
import { createDb } from "../create-db.ts";
import { migrateDatabase } from "../prepare-db.ts";
import { seed } from "../seed/seed.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  await migrateDatabase();
  const db = createDb();
  try {
    const r = await seed(db.prisma);
    console.log(`seeded (${r.mode}): ${r.entities} entities, ${r.links} links, ${r.citations} citations`);
  } finally {
    await db.close();
  }
});
