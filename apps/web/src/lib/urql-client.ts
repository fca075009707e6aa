import { Client, fetchExchange, mapExchange, type CombinedError } from "urql";
import { cacheExchange } from "@urql/exchange-graphcache";
import { persistedExchange } from "@urql/exchange-persisted";
import { cacheConfig } from "./urql-cache.ts";
import { tokenRefused } from "./auth-token.ts";

const refusesToken = (error: CombinedError) =>
  error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.["code"] === "UNAUTHENTICATED");

// Operations go out as the hash codegen embedded in each document (see codegen.ts), never as
// text: the API can then refuse every operation that is not in the web app's build. That holds
// for mutations and subscriptions too. Graphcache stays in front, so cached answers never reach
// the network at all.
//
// One client per sign-in: it sends its own token, and a refusal clears that token only (a late
// answer to a signed-out client must not sign out the account that replaced it). Subscriptions
// travel over Server-Sent Events by fetch (POST, `Accept: text/event-stream`), which the API
// serves: no WebSocket and no extra library.
export function createUrqlClient({ token = null }: { token?: string | null } = {}): Client {
  return new Client({
    url: "/graphql",
    exchanges: [
      mapExchange({
        onError(error) {
          if (token && refusesToken(error)) tokenRefused(token);
        },
      }),
      cacheExchange(cacheConfig),
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        enableForSubscriptions: true,
        generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } })["__meta__"]?.hash,
      }),
      fetchExchange,
    ],
    fetchSubscriptions: true,
    // Persisted queries go out as GET. The API lets a GET through on `sec-fetch-site:
    // same-origin`, which browsers without Fetch Metadata (Safari before 16.4) never send: the
    // CSRF header is the proof they can give (same origin, so it costs no preflight).
    fetchOptions: { headers: { "x-graphql-yoga-csrf": "1", ...(token ? { authorization: `Bearer ${token}` } : {}) } },
    preferGetMethod: false,
  });
}
