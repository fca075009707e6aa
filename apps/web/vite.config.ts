import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  server: {
    // `vite dev` serves the app; the API runs on its own port (pnpm --filter @agora/api dev).
    proxy: {
      "/graphql": "http://localhost:4000",
      "/healthz": "http://localhost:4000",
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files cache better.
        manualChunks: (id) => {
          if (/node_modules\/.*\/(react|react-dom|scheduler)\//.test(id)) return "react";
          if (/node_modules\/.*\/(urql|@urql|wonka|@0no-co)\//.test(id)) return "urql";
          return undefined;
        },
      },
    },
  },
});
