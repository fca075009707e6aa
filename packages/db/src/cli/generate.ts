// `pnpm generate` (db part): both Prisma clients and their Pothos types.
import { join } from "node:path";
import { PRISMA_DIR } from "../paths.ts";
import { derivePostgresSchema } from "./derive-postgres-schema.ts";
import { prisma } from "./prisma-cli.ts";

const pgSchema = derivePostgresSchema();
prisma(["generate", "--schema", join(PRISMA_DIR, "schema.prisma")]);
prisma(["generate", "--schema", pgSchema], { DATABASE_URL: "postgresql://unused@127.0.0.1/unused" });
console.log("generated Prisma clients for SQLite and PostgreSQL");
