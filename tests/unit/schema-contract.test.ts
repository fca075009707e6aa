// The schema contract checks: they must catch what they are there to catch.
import { buildSchema } from "graphql";
import { expect, it } from "vitest";
import { schemaChanges } from "../../packages/api/src/schema-contract/schema-changes.ts";
import { undescribed } from "../../packages/api/src/schema-contract/undescribed.ts";
import { schema } from "@agora/api/schema";

it("finds every undescribed element, and none in Agora's schema", () => {
  const bare = buildSchema(`
    "Root." type Query { "Described." a(x: Int): T b: Int }
    type T { "Described." c: E }
    enum E { "Described." ONE TWO }
  `);
  expect(undescribed(bare).sort()).toEqual(["E", "E.TWO", "Query.a(x)", "Query.b", "T"]);
  expect(undescribed(schema)).toEqual([]);
});

it("tells breaking changes from safe ones", async () => {
  const before = `type Query { a: Int, b(x: Int): String }`;
  const after = `type Query { b(x: Int, y: Int!): String, c: Int }`;
  const changes = await schemaChanges(before, after);
  expect(changes.breaking.map((c) => c.message).join("\n")).toMatch(/'a' was removed[\s\S]*'y: Int!' added/);
  expect(changes.safe.map((c) => c.message).join("\n")).toMatch(/'c'.*added/);
});
