// Bearer tokens that are not a live token. Malformed ones are refused before any SQL; a
// well-formed one costs exactly the one lookup that tells unknown, expired and revoked from live.
import type { HttpRequest } from "../support/request.ts";
import { post, type Hostile } from "./hostile.ts";

/** Filled in by the test before the corpus runs: tokens made expired and revoked in its database. */
export const made = { expired: "", revoked: "" };

const withAuth = (authorization: string): HttpRequest => post(`{ me { name } }`, undefined, { authorization });

export const tokens: Hostile[] = [
  { name: "Basic credentials", request: () => withAuth("Basic YWRtaW46YWRtaW4="), status: 401, code: "UNAUTHENTICATED" },
  { name: "Bearer with nothing after it", request: () => withAuth("Bearer "), status: 401, code: "UNAUTHENTICATED" },
  { name: "Bearer garbage", request: () => withAuth("Bearer ' OR 1=1 --"), status: 401, code: "UNAUTHENTICATED" },
  { name: "Bearer of the wrong shape (a JWT)", request: () => withAuth("Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQURNSU4ifQ."), status: 401, code: "UNAUTHENTICATED" },
  { name: "Bearer of 10 KB", request: () => withAuth(`Bearer ags_${"A".repeat(10_000)}`), status: 401, code: "UNAUTHENTICATED" },
  { name: "well-formed token nobody was given", request: () => withAuth(`Bearer ags_${"Q".repeat(43)}`), status: 401, code: "UNAUTHENTICATED", sql: "token-lookup" },
  { name: "expired API token", request: () => withAuth(`Bearer ${made.expired}`), status: 401, code: "UNAUTHENTICATED", sql: "token-lookup" },
  { name: "revoked token", request: () => withAuth(`Bearer ${made.revoked}`), status: 401, code: "UNAUTHENTICATED", sql: "token-lookup" },
  {
    name: "admin-only query sent with an unknown token",
    request: () => post(`{ users(first: 100) { edges { node { email } } } }`, undefined, { authorization: `Bearer aga_${"z".repeat(43)}` }),
    status: 401,
    code: "UNAUTHENTICATED",
    sql: "token-lookup",
  },
];
