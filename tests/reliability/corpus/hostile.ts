// The shape of one entry of the abuse corpus: a hostile request, the app it is sent to, and how
// it must be refused.
import type { HttpRequest } from "../support/request.ts";

export type AppVariant =
  /** Defaults, response cache off. */
  | "open"
  /** INTROSPECTION=false. */
  | "closed"
  /** ALLOW_ARBITRARY_OPERATIONS=false. */
  | "persisted";

export interface Hostile {
  name: string;
  app?: AppVariant;
  /** Built lazily: some are megabytes. */
  request: () => HttpRequest;
  status: number;
  code: string;
  /** SQL the refusal may cost: none, or the one lookup of a well-formed bearer token. */
  sql?: "none" | "token-lookup";
  /** A check of the message beyond "it leaks nothing". */
  message?: RegExp;
  /** Extra: must not be in the response text. */
  mustNotContain?: RegExp;
}

export const post = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): HttpRequest => ({
  body: { query, variables },
  ...(headers ? { headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers } } : {}),
});

export const get = (params: Record<string, string>, headers: Record<string, string> = {}): HttpRequest => ({
  method: "GET",
  path: `/graphql?${new URLSearchParams(params)}`,
  headers: { accept: "application/graphql-response+json", ...headers },
});
