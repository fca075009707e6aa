// Bodies, methods, content types and headers that are not a GraphQL request.
import { get, post, type Hostile } from "./hostile.ts";

const JSON_HEADERS = { "content-type": "application/json", accept: "application/graphql-response+json" };
const megabytes = (n: number) => "x".repeat(Math.round(n * 1024 * 1024));

/** A body streamed in 64 KB chunks, with no Content-Length: the limit must count as it reads. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 64 * 1024)));
    },
  });
}

export const httpRequests: Hostile[] = [
  {
    name: "a 1.5 MB string in a variable (no token)",
    request: () => post(`query($q: String!) { search(query: $q) { totalCount } }`, { q: megabytes(1.5) }),
    status: 413,
    code: "REQUEST_ENTITY_TOO_LARGE",
  },
  {
    name: "a 3 MB body streamed chunked, without Content-Length",
    request: () => ({ headers: JSON_HEADERS, body: chunked(JSON.stringify({ query: `{ __typename }`, variables: { pad: megabytes(3) } })) }),
    status: 413,
    code: "REQUEST_ENTITY_TOO_LARGE",
  },
  {
    name: "a 20 MB body with a (forged) bearer token: past the upload ceiling too",
    request: () => post(`{ __typename }`, { pad: megabytes(20) }, { authorization: `Bearer ags_${"A".repeat(43)}` }),
    status: 413,
    code: "REQUEST_ENTITY_TOO_LARGE",
  },
  { name: "broken JSON", request: () => ({ headers: JSON_HEADERS, body: `{ "query": "{ __typename }", ` }), status: 400, code: "BAD_REQUEST", mustNotContain: /Unexpected|position|JSON at/ },
  { name: "JSON null body", request: () => ({ headers: JSON_HEADERS, body: "null" }), status: 400, code: "BAD_REQUEST" },
  { name: "JSON string body", request: () => ({ headers: JSON_HEADERS, body: `"{ __typename }"` }), status: 400, code: "BAD_REQUEST" },
  { name: "empty body", request: () => ({ headers: JSON_HEADERS, body: "" }), status: 400, code: "BAD_REQUEST" },
  { name: "query that is not a string", request: () => ({ body: { query: 42 } }), status: 400, code: "BAD_REQUEST" },
  { name: "variables that are not an object", request: () => ({ body: { query: `{ __typename }`, variables: "DROP TABLE" } }), status: 400, code: "BAD_REQUEST" },
  { name: "unknown top-level parameter", request: () => ({ body: { query: `{ __typename }`, sql: "SELECT 1" } }), status: 400, code: "BAD_REQUEST" },
  { name: "batched array of 2 operations", request: () => ({ body: [{ query: `{ __typename }` }, { query: `{ __typename }` }] }), status: 400, code: "BAD_REQUEST" },
  { name: "batched array of 1,000 operations", request: () => ({ body: Array.from({ length: 1000 }, () => ({ query: `{ sessions { totalCount } }` })) }), status: 400, code: "BAD_REQUEST" },
  { name: "POST as text/plain (a cross-site form)", request: () => ({ headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: `{ __typename }` }) }), status: 403, code: "CSRF_PREVENTED" },
  {
    name: "POST as application/x-www-form-urlencoded",
    request: () => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, body: `query=${encodeURIComponent("{ __typename }")}` }),
    status: 403,
    code: "CSRF_PREVENTED",
  },
  {
    name: "multipart upload (no Upload scalar here)",
    request: () => ({
      headers: { "content-type": "multipart/form-data; boundary=X", "x-graphql-yoga-csrf": "1" },
      body: `--X\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--X--\r\n`,
    }),
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  { name: "POST as application/xml", request: () => ({ headers: { "content-type": "application/xml", "x-graphql-yoga-csrf": "1" }, body: "<query/>" }), status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
  { name: "GET without any CSRF proof (a cross-site <img>)", request: () => get({ query: `{ __typename }` }), status: 403, code: "CSRF_PREVENTED" },
  { name: "GET marked cross-site by the browser", request: () => get({ query: `{ __typename }` }, { "sec-fetch-site": "cross-site" }), status: 403, code: "CSRF_PREVENTED" },
  {
    name: "mutation over GET",
    request: () => get({ query: `mutation { signUp(email: "a@b.c", name: "A", password: "0123456789abc") { token } }` }, { "x-graphql-yoga-csrf": "1" }),
    status: 405,
    code: "BAD_REQUEST",
  },
  { name: "PUT /graphql", request: () => ({ method: "PUT", body: { query: `{ __typename }` } }), status: 405, code: "BAD_REQUEST" },
  { name: "DELETE /graphql", request: () => ({ method: "DELETE", headers: JSON_HEADERS }), status: 405, code: "BAD_REQUEST" },
  { name: "a 20 KB query string", request: () => get({ query: `{ ${"__typename ".repeat(2000)} }` }, { "x-graphql-yoga-csrf": "1" }), status: 414, code: "URI_TOO_LONG" },
  {
    name: "filter variables nested 50,000 levels deep",
    request: () => ({
      headers: JSON_HEADERS,
      body: `{"query":"query($f: SessionFilter) { sessions(filter: $f) { totalCount } }","variables":{"f":${'{"not":'.repeat(50_000)}{"kinds":["FORUM"]}${"}".repeat(50_000)}}}`,
    }),
    status: 400,
    code: "INPUT_LIMIT_EXCEEDED",
  },
  {
    name: "5,000 `or` branches in a filter",
    request: () => post(`query($f: SessionFilter) { sessions(filter: $f) { totalCount } }`, { f: { or: Array.from({ length: 5000 }, () => ({ kinds: ["FORUM"] })) } }),
    status: 400,
    code: "INPUT_LIMIT_EXCEEDED",
  },
  {
    name: "50,000 theme keys in a variable",
    request: () => post(`query($k: [String!]) { sessions(filter: { themes: $k }) { totalCount } }`, { k: Array.from({ length: 50_000 }, (_, i) => `theme-${i}`) }),
    status: 400,
    code: "INPUT_LIMIT_EXCEEDED",
  },
  {
    name: "filter literal nested 200 levels deep",
    request: () => post(`{ sessions(filter: ${"{ not: ".repeat(200)}{ kinds: [FORUM] }${" }".repeat(200)}) { totalCount } }`),
    status: 400,
    code: "INPUT_LIMIT_EXCEEDED",
  },
];
