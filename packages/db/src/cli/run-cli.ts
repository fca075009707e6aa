// Shared ending for the db scripts: known errors print one line, not a stack trace.
import { ConfigError } from "../config.ts";
import { DatabaseUnavailableError } from "../prepare-db.ts";
import { DatasetError } from "../seed/load-dataset.ts";

export async function runCli(main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof DatasetError) {
      console.error(`error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
