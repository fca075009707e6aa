// Configuration for the Prisma CLI (generate, migrate diff, db pull), used only by the scripts in
// src/cli. The app never runs the CLI: packages/db applies migrations and creates clients itself.
// engine "js" keeps the CLI on its WASM schema engine, since no native engine can be downloaded here.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { pgAdapterReadingNameColumns } from "./src/adapters/pg-name-columns.ts";

const url = process.env.DATABASE_URL ?? "file:../../.data/prisma-cli.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../../prisma/schema.prisma",
  adapter: async () =>
    url.startsWith("postgres") ? pgAdapterReadingNameColumns(url) : new PrismaBetterSQLite3({ url }),
});
