// `pnpm schema:check`: fails when the committed schema.graphql has drifted from the code or
// something in it lacks a description, and reports the changes (breaking ones first) against
// the committed file and against the schema of a base git revision (SCHEMA_BASE, default
// HEAD~1), so a reviewer sees what a commit does to clients.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { schema } from "../schema/index.ts";
import { printedSchema, SCHEMA_FILE } from "./print-schema.ts";
import { undescribed } from "../schema-contract/undescribed.ts";
import { formatChanges, schemaChanges } from "../schema-contract/schema-changes.ts";

function atRevision(revision: string): string | null {
  try {
    const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
    return execFileSync("git", ["show", `${revision}:${relative(root, SCHEMA_FILE)}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null; // no git, a shallow clone, or the file did not exist then
  }
}

let failed = false;
const committed = readFileSync(SCHEMA_FILE, "utf8");
if (committed !== printedSchema()) {
  failed = true;
  console.error(`schema.graphql has drifted from the code: run \`pnpm schema:print\` and commit it.`);
  console.error(formatChanges("code vs committed schema.graphql", await schemaChanges(committed, schema)));
}
const missing = undescribed(schema);
if (missing.length) {
  failed = true;
  console.error(`${missing.length} schema elements have no description:\n  ${missing.join("\n  ")}`);
}
const base = process.env.SCHEMA_BASE ?? "HEAD~1";
const before = atRevision(base);
console.log(before ? formatChanges(`schema.graphql vs ${base}`, await schemaChanges(before, committed)) : `no schema.graphql at ${base} to compare with`);
if (failed) process.exit(1);
console.log("schema.graphql matches the code, and everything in it is described");
