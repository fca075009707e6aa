// prisma/schema.prisma is the only hand-edited model; the PostgreSQL copy is derived from it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DIR, PRISMA_DIR } from "../paths.ts";

export const POSTGRES_SCHEMA_FILE = join(GENERATED_DIR, "postgres.prisma");

export function derivePostgresSchema(): string {
  const source = readFileSync(join(PRISMA_DIR, "schema.prisma"), "utf8");
  const replace = (text: string, from: RegExp, to: string) => {
    if (!from.test(text)) throw new Error(`schema.prisma no longer matches ${from}; update derive-postgres-schema.ts`);
    return text.replace(from, to);
  };
  let out = replace(source, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  out = replace(out, /url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")');
  // Outputs are relative to the schema file, which now sits in generated/.
  out = replace(out, /output\s*=\s*"\.\.\/packages\/db\/generated\/sqlite"/, 'output       = "./postgres"');
  out = replace(out, /output\s*=\s*"\.\.\/packages\/db\/generated\/sqlite\/pothos-types\.ts"/, 'output            = "./postgres/pothos-types.ts"');
  mkdirSync(GENERATED_DIR, { recursive: true });
  writeFileSync(POSTGRES_SCHEMA_FILE, `// Generated from prisma/schema.prisma. Do not edit.\n${out}`);
  return POSTGRES_SCHEMA_FILE;
}
