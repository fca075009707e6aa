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
      participants(first: 5) { edges { node { role person { name affiliations(first: 3) { edges { node { position organisation { name } } } } } } } }
      organisations(first: 10) { edges { node { role organisation { name } } } }
      themes(first: 10) { edges { node { theme { name } } } }
    } }
  }
}`;

async function statementsFor(n: number, query = NESTED) {
  const before = t.db.statements.length;
  const result = await t.data(query, { n });
  const count = t.db.statements.length - before;
  const root = Object.values(result)[0] as { edges: unknown[] };
  return { count, rows: root.edges.length };
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

// Lists reached through a detail row's foreign key (a country's cities, a city's sessions),
// provenance, aliases, a filtered root list and the coverage counts.
const PLACES = `query($n: Int!) {
  countries(first: $n, filter: { or: [{ continents: [ASIA] }, { continents: [AFRICA] }] }, orderBy: { field: CONNECTIONS }) {
    edges { node {
      name connectionCount
      aliases(first: $n) { totalCount edges { node { name } } }
      cities(first: $n) { totalCount edges { node {
        name
        sessions(first: $n) { totalCount edges { node {
          title
          parts(first: $n) { totalCount edges { node { title } } }
          sources(first: $n) { edges { node { passage source { title } } } }
          participants(first: $n) { totalCount edges { node { person { name } sources(first: $n) { totalCount } } } }
        } } }
        organisations(first: $n) { totalCount edges { node { name } } }
      } } }
    } }
  }
}`;

it("issues the same number of statements for pages of 1 and of 4 at every level of detail-row lists", async () => {
  // Six nested levels of 4 stay within the cost budget; the data has at most 4 of anything there.
  const one = await statementsFor(1, PLACES);
  const many = await statementsFor(4, PLACES);
  expect(one.rows).toBe(1);
  expect(many.rows).toBe(4);
  expect(many.count).toBe(one.count);
  expect(many.count).toBeLessThanOrEqual(30);
});
