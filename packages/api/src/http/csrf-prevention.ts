// CSRF prevention. A browser sends a cross-site request without asking the server first
// (no CORS preflight) only when it is "simple": GET, or POST with a form or text/plain body, and
// no custom header. yoga's useCSRFPrevention refuses exactly those unless they carry a header a
// cross-site page cannot add without a preflight. We accept three such proofs:
//   - `x-graphql-yoga-csrf` (any value): what a client of its own should send on GET;
//   - `authorization`: not CORS-safelisted either, so it also forces a preflight;
//   - `sec-fetch-site: same-origin` (or `none`, typed into the address bar): set by the browser
//     itself, which a page's script cannot forge; it lets the web app's GET persisted queries
//     through in current browsers even without the header.
// POST with JSON (every mutation, and subscriptions over SSE) is never simple, so it passes.
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createGraphQLError, type Plugin } from "graphql-yoga";

export const CSRF_HEADER = "x-graphql-yoga-csrf";

export function csrfPrevention(): Plugin {
  const yogaCheck = useCSRFPrevention({ requestHeaders: [CSRF_HEADER, "authorization"] });
  return {
    onRequestParse(payload) {
      const site = payload.request.headers.get("sec-fetch-site");
      if (site === "same-origin" || site === "none") return;
      try {
        yogaCheck.onRequestParse!(payload as never);
      } catch {
        // Same decision as yoga's, with a stable code and a message that says what to send.
        throw createGraphQLError(
          `This request could come from another site (a GET or a form post without a custom header): send the header ${CSRF_HEADER}: 1, or POST with content-type application/json.`,
          { extensions: { code: "CSRF_PREVENTED", http: { status: 403 } } },
        );
      }
    },
  };
}
