// A nested list query costs a fixed number of SQL statements, whatever the number of rows:
// Pothos batches each nesting level into one statement, and this test fails on an N+1.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NESTED = `query($n: Int!) {
  sessions(first: $n) {
    edges { node {
      title
      city { name country { name } }
      participants(first: 20) { edges { node { role person { name affiliations { edges { node { position organisation { name } } } } } } } }
      organisations { edges { node { role organisation { name } } } }
      themes { edges { node { theme { name } } } }
    } }
  }
}`;

async function statementsFor(n: number) {
  const before = t.db.statements.length;
  const result = await t.data(NESTED, { n });
  const count = t.db.statements.length - before;
  return { count, rows: result.sessions.edges.length };
}

it("issues the same number of statements for 1 and for 16 sessions", async () => {
  const one = await statementsFor(1);
  const many = await statementsFor(16);
  expect(one.rows).toBe(1);
  expect(many.rows).toBeGreaterThanOrEqual(15);
  expect(many.count).toBe(one.count);
  // One statement per relation level (with their counts), not per row.
  expect(many.count).toBeLessThanOrEqual(25);
});
