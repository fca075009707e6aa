// Writes packages/api/schema.graphql from the code. The file is committed: it is the published
// contract, and the suite fails when it drifts from the code.
import { writeFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { printSchema, lexicographicSortSchema } from "graphql";
import { schema } from "../schema/index.ts";

export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../schema.graphql");
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, printedSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
