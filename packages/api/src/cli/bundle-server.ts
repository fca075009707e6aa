// `pnpm build` (API part): bundles the server and the workspace packages it imports into one
// file, packages/api/dist/server.mjs, that `pnpm start` runs with plain Node. Running the
// sources through tsx instead costs a loader thread and the transpiler at every start: ~50 MB
// of resident memory and seconds of start-up, in every server process.
// npm packages stay outside the bundle (imported from node_modules as usual).
import { build, type Plugin } from "esbuild";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const API_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SERVER_BUNDLE = resolve(API_DIR, "dist/server.mjs");

/** Bundles relative imports and @agora/* workspace packages; every other package is external. */
const npmPackagesExternal: Plugin = {
  name: "npm-packages-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@agora/") ? undefined : { path: args.path, external: true }));
  },
};

const result = await build({
  entryPoints: [resolve(API_DIR, "src/server.ts")],
  outfile: SERVER_BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  plugins: [npmPackagesExternal],
  logLevel: "warning",
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + (o.entryPoint ? o.bytes : 0), 0);
console.log(`bundled the server into ${SERVER_BUNDLE} (${Math.round(bytes / 1024)} KB)`);
