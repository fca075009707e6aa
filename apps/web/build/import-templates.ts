/// <reference types="node" />
// The import templates live once, in the repository's templates/import/ (the CLI and the docs
// point there); the web app serves them at /templates/import/<file> for download: emitted into
// the build, and served from the folder by `vite dev`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

const FOLDER = resolve(import.meta.dirname, "../../../templates/import");
const URL_PREFIX = "/templates/import/";

const files = () => (existsSync(FOLDER) ? readdirSync(FOLDER).filter((name) => /\.(csv|json)$/.test(name)) : []);

export function importTemplates(): Plugin {
  return {
    name: "agora-import-templates",
    generateBundle() {
      for (const name of files()) {
        this.emitFile({ type: "asset", fileName: `templates/import/${name}`, source: readFileSync(join(FOLDER, name)) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = request.url?.startsWith(URL_PREFIX) ? decodeURIComponent(request.url.slice(URL_PREFIX.length)) : null;
        if (!name || !files().includes(name)) return next();
        response.setHeader("content-type", name.endsWith(".json") ? "application/json" : "text/csv; charset=utf-8");
        response.end(readFileSync(join(FOLDER, name)));
      });
    },
  };
}
