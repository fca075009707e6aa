import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { bundleBudget } from "./build/bundle-budget.ts";
import { importTemplates } from "./build/import-templates.ts";

export default defineConfig({
  plugins: [react(), importTemplates(), bundleBudget({ initialJsGzipKb: 250 })],
  server: {
    // `vite dev` serves the app; the API runs on its own port (pnpm --filter @agora/api dev).
    proxy: {
      "/graphql": "http://localhost:4000",
      "/healthz": "http://localhost:4000",
      "/export": "http://localhost:4000",
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Our own report (bundle-budget) gives the gzipped sizes; Vite's would repeat it.
    reportCompressedSize: false,
    // Vite warns past 500 KB of raw JavaScript; what matters to readers is the gzipped size of the
    // first download, which bundle-budget enforces. The entry chunk's raw size is mostly the
    // generated operation documents, which compress about fifteenfold.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files cache better. The graph and
        // map libraries are only reached through import() and so stay in lazy chunks.
        manualChunks: (id) => {
          if (/node_modules\/.*\/(react|react-dom|scheduler)\//.test(id)) return "react";
          if (/node_modules\/.*\/(urql|@urql|wonka|@0no-co)\//.test(id)) return "urql";
          if (/node_modules\/.*\/(sigma|graphology[^/]*)\//.test(id)) return "graph-libs";
          return undefined;
        },
      },
    },
  },
});
