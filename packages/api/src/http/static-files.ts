// Serves the built web app on the same port as the API. Unknown paths without a file extension
// get index.html, so that the app's own routes (/session/...) work on reload and when shared.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { Plugin } from "graphql-yoga";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Agora</title>
<p>The Agora API is running at <a href="/graphql">/graphql</a>, but the web app has not been built.
Run <code>pnpm build</code> (or <code>pnpm start</code>, which builds first).</p>`;

export function staticFiles(root: string, apiPaths: string[]): Plugin {
  const base = normalize(root + sep);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (apiPaths.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`))) return;
      let path: string;
      try {
        path = normalize(join(root, decodeURIComponent(url.pathname)));
      } catch {
        return endResponse(new fetchAPI.Response("Bad path", { status: 400 }));
      }
      if (!path.startsWith(base) && path + sep !== base) {
        return endResponse(new fetchAPI.Response("Not found", { status: 404 }));
      }
      const isFile = existsSync(path) && statSync(path).isFile();
      if (!isFile && extname(url.pathname)) {
        return endResponse(new fetchAPI.Response("Not found", { status: 404, headers: { "content-type": "text/plain" } }));
      }
      const file = isFile ? path : join(root, "index.html");
      if (!existsSync(file)) {
        return endResponse(new fetchAPI.Response(NOT_BUILT, { status: 200, headers: { "content-type": TYPES[".html"]! } }));
      }
      // Vite puts content-hashed files under assets/: they never change, so cache them for good.
      const immutable = file.includes(`${sep}assets${sep}`);
      const body = request.method === "HEAD" ? null : readFileSync(file);
      endResponse(
        new fetchAPI.Response(body, {
          status: 200,
          headers: {
            "content-type": TYPES[extname(file)] ?? "application/octet-stream",
            "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
            "x-content-type-options": "nosniff",
          },
        }),
      );
    },
  };
}
