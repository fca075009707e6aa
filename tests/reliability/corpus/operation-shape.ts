// Operations built to make the server parse, validate or fetch without bound.
import { post, type Hostile } from "./hostile.ts";

const nested = (levels: number) => {
  let inner = "name";
  for (let i = 0; i < levels; i++) inner = `sessions(first: 1) { edges { node { city { ${inner} } } } }`;
  return `{ cities(first: 1) { edges { node { ${inner} } } } }`;
};

// F0 spreads F1 twice, F1 spreads F2 twice...: 2^30 leaves if expanded naively.
const fragmentBomb = (levels: number) => {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment F${i} on Query { countries(first: 1) { totalCount } }` : `fragment F${i} on Query { ...F${i + 1} a${i}: countries(first: 1) { totalCount } ...F${i + 1} }`,
  );
  return `{ ...F0 } ${fragments.join(" ")}`;
};

export const operationShape: Hostile[] = [
  { name: "nesting 40 connections deep", request: () => post(nested(40)), status: 400, code: "DEPTH_LIMIT_EXCEEDED" },
  {
    name: "nesting hidden in fragments",
    request: () =>
      post(`{ cities(first: 1) { edges { node { ...A } } } } fragment A on City { sessions(first: 1) { edges { node { city { ...B } } } } }
        fragment B on City { sessions(first: 1) { edges { node { city { ...C } } } } } fragment C on City { sessions(first: 1) { edges { node { city { name } } } } }`),
    status: 400,
    code: "DEPTH_LIMIT_EXCEEDED",
  },
  { name: "alias flood (300 aliases)", request: () => post(`{ ${Array.from({ length: 300 }, (_, i) => `a${i}: __typename`).join(" ")} }`), status: 400, code: "ALIAS_LIMIT_EXCEEDED" },
  {
    name: "directive flood (100 @include)",
    request: () => post(`{ ${"... on Query @include(if: true) { __typename } ".repeat(100)} }`),
    status: 400,
    code: "DIRECTIVE_LIMIT_EXCEEDED",
  },
  { name: "30,000 tokens", request: () => post(`{ ${"__typename ".repeat(30_000)} }`), status: 400, code: "TOKEN_LIMIT_EXCEEDED" },
  { name: "page size 1,000,000 as a literal", request: () => post(`{ sessions(first: 1000000) { totalCount } }`), status: 400, code: "PAGE_SIZE_LIMIT_EXCEEDED" },
  {
    name: "page size 10^9 in a variable, on a nested connection",
    request: () => post(`query($n: Int) { people(first: 1) { edges { node { participations(first: $n) { totalCount } } } } }`, { n: 1_000_000_000 }),
    status: 400,
    code: "PAGE_SIZE_LIMIT_EXCEEDED",
  },
  { name: "negative page size (last: -5)", request: () => post(`query($n: Int) { sessions(last: $n) { totalCount } }`, { n: -5 }), status: 400, code: "PAGE_SIZE_LIMIT_EXCEEDED" },
  { name: "page size beyond 32 bits as a literal", request: () => post(`{ sessions(first: 99999999999) { totalCount } }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  { name: "page size beyond 32 bits in a variable", request: () => post(`query($n: Int) { sessions(first: $n) { totalCount } }`, { n: 2 ** 40 }), status: 400, code: "BAD_USER_INPUT" },
  {
    name: "nested connections of 100 × 100 (cost)",
    request: () => post(`{ sessions(first: 100) { edges { node { participants(first: 100) { edges { node { person { name } } } } } } } }`),
    status: 400,
    code: "COST_LIMIT_EXCEEDED",
  },
  { name: "fragment bomb (2^30 leaves)", request: () => post(fragmentBomb(30)), status: 400, code: "ALIAS_LIMIT_EXCEEDED" },
  { name: "circular fragments", request: () => post(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  { name: "self-spreading fragment", request: () => post(`{ ...A } fragment A on Query { __typename ...A }`), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  {
    name: "introspection nested past the depth limit",
    request: () => post(`{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } } }`),
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
    message: /introspection depth/,
  },
  { name: "two operations, no operationName", request: () => post(`query A { __typename } query B { __typename }`), status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
  { name: "unknown operationName", request: () => ({ body: { query: `query A { __typename }`, operationName: "DropTables" } }), status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
  { name: "syntax error", request: () => post(`{ sessions(first: 1) { totalCount `), status: 400, code: "GRAPHQL_PARSE_FAILED" },
  { name: "subscription asked for as JSON", request: () => post(`subscription { entityChanged { key } }`), status: 406, code: "NOT_ACCEPTABLE" },
];
