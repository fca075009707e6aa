import { parse } from "graphql";
import { expect, it } from "vitest";
import { isGraphOnlyQuery } from "../../packages/api/src/http/compiled-queries.ts";

it("compiles queries whose every root field is a graph query, and nothing else", () => {
  const yes = (source: string, name?: string) => expect(isGraphOnlyQuery(parse(source), name)).toBe(true);
  const no = (source: string, name?: string) => expect(isGraphOnlyQuery(parse(source), name)).toBe(false);
  yes(`{ neighbourhood(id: "x") { nodeCount } }`);
  yes(`query Q { a: path(from: "x", to: "y") { length } relatedCases(id: "x") { score } __typename }`);
  no(`{ neighbourhood(id: "x") { nodeCount } sessions { totalCount } }`);
  no(`{ sessions { totalCount } }`);
  no(`{ ...F } fragment F on Query { neighbourhood(id: "x") { nodeCount } }`);
  no(`mutation { signOut }`);
  no(`subscription { entityChanged { key } }`);
  // The operation named in the request decides.
  const two = `query A { neighbourhood(id: "x") { nodeCount } } query B { sessions { totalCount } }`;
  yes(two, "A");
  no(two, "B");
});
