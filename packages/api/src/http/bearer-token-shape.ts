// An Authorization header that cannot be one of our tokens (`ags_` or `aga_` and 43 base64url
// characters) is refused with 401 before the request is parsed, so a malformed or garbage token
// costs no SQL. A well-formed one is still looked up (auth/actor-from-request.ts), which is the
// only way to tell unknown, expired and revoked tokens from live ones.
import { createGraphQLError, type Plugin } from "graphql-yoga";

const WELL_FORMED = /^Bearer\s+ag[sa]_[A-Za-z0-9_-]{43}$/i;

export function bearerTokenShape(): Plugin {
  return {
    onRequestParse({ request }) {
      const header = request.headers.get("authorization");
      if (header === null || WELL_FORMED.test(header.trim())) return;
      const bearer = /^Bearer\s+\S+$/i.test(header.trim());
      throw createGraphQLError(bearer ? "the token is unknown, expired or revoked: sign in again" : "Authorization must be `Bearer <token>`", {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    },
  };
}
