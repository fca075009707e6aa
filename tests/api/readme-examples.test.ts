// Every GraphQL example in README's "Using the API" runs without errors and finds something.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { REPO_ROOT } from "../setup/paths.ts";

const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Using the API"), readme.indexOf("\n## ", readme.indexOf("## Using the API") + 3));
const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("has examples to run", () => {
  expect(examples.length).toBeGreaterThanOrEqual(8);
});

/** True when some list in the response has an item: an example that finds nothing teaches nothing. */
const findsSomething = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : value !== null && typeof value === "object" && Object.values(value).some(findsSomething);

examples.forEach((example, index) => {
  // A block may hold several operations (e.g. a search, then an entity by key): run each.
  const operations = example.split(/\n\s*\n(?=\s*[{q])/).filter((op) => op.trim());
  operations.forEach((operation, part) => {
    it(`example ${index + 1}${operations.length > 1 ? `.${part + 1}` : ""}: ${operation.trim().split("\n")[0]!.slice(0, 60)}`, async () => {
      const result = await t.gql(operation);
      expect(result.errors).toBeUndefined();
      expect(findsSomething(result.data)).toBe(true);
    });
  });
});
