// `pnpm --filter @agora/db check-data`: validates prisma/data without touching a database.
import { loadDataset, DatasetError } from "../seed/load-dataset.ts";

try {
  const data = loadDataset(process.argv[2]);
  const counts = Object.entries(data).map(([k, v]) => `${k} ${v.length}`);
  console.log(`dataset ok: ${counts.join(", ")}`);
} catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
