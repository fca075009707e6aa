// Security headers on every response. The web app's CSP fits the built Vite app: scripts, styles
// and fonts from its own origin only (React's style props set the CSSOM, which CSP allows, but a
// few components and sigma set style attributes, hence 'unsafe-inline' for styles only), images
// also as data: and blob: URLs (icons, PNG exports), the ForceAtlas2 layout's web worker, which
// graphology starts from a blob: URL, and requests to its own origin only. WebGL needs nothing
// more. GraphiQL (GET /graphql in a browser) loads its editor from unpkg.com with inline
// scripts, so it gets its own, looser policy, on that page only. JSON, GEXF and the rest get a
// policy that allows nothing, should a browser ever render them.
import type { Plugin } from "graphql-yoga";

export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const GRAPHIQL_CDN = "https://unpkg.com";
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' ${GRAPHIQL_CDN}`,
  `style-src 'self' 'unsafe-inline' ${GRAPHIQL_CDN}`,
  "img-src 'self' data: https:",
  `font-src 'self' data: ${GRAPHIQL_CDN}`,
  `connect-src 'self' ${GRAPHIQL_CDN}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const COMMON: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  // For browsers that predate CSP's frame-ancestors.
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

export function securityHeaders(graphqlEndpoint = "/graphql"): Plugin {
  return {
    onResponse({ request, response }) {
      for (const [name, value] of Object.entries(COMMON)) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
      if (response.headers.has("content-security-policy")) return;
      const html = response.headers.get("content-type")?.includes("text/html") ?? false;
      const path = new URL(request.url, "http://localhost").pathname;
      const csp = !html ? API_CSP : path === graphqlEndpoint ? GRAPHIQL_CSP : WEB_APP_CSP;
      response.headers.set("content-security-policy", csp);
    },
  };
}
