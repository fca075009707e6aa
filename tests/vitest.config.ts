import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql ships both CommonJS and ESM builds. Vite would load the ESM one for our source while
// graphql-yoga (external) loads the CommonJS one: two realms, and `instanceof GraphQLError`
// fails. Pin every import to the build Node itself picks.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

// The API suite runs twice, once per database; the rest runs on SQLite only.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    globalSetup: ["./setup/global-setup.ts"],
    reporters: ["default", "./setup/summary-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
    projects: [
      { extends: true, test: { name: "api-sqlite", include: ["api/**/*.test.ts"], env: { AGORA_TEST_DB: "sqlite" } } },
      { extends: true, test: { name: "api-postgres", include: ["api/**/*.test.ts"], env: { AGORA_TEST_DB: "postgres" } } },
      { extends: true, test: { name: "dataset", include: ["dataset/**/*.test.ts", "regression/**/*.test.ts"], env: { AGORA_TEST_DB: "sqlite" } } },
      { extends: true, test: { name: "unit", include: ["unit/**/*.test.ts"] } },
      // The web app's component tests (happy-dom, no server): apps/web/vitest.config.ts.
      "../apps/web/vitest.config.ts",
      { extends: true, test: { name: "e2e", include: ["e2e/**/*.test.ts"], env: { AGORA_TEST_DB: "sqlite" }, testTimeout: 60_000 } },
      { extends: true, test: { name: "scale", include: ["scale/**/*.test.ts"], env: { AGORA_TEST_DB: "sqlite" } } },
      // Hostile requests, fuzzing, faults, backups, load and access (tests/reliability/REPORT.md).
      { extends: true, test: { name: "reliability", include: ["reliability/**/*.test.ts"], env: { AGORA_TEST_DB: "sqlite" }, testTimeout: 120_000, globalSetup: ["./reliability/report-setup.ts"] } },
    ],
  },
});
