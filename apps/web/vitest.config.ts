import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Component tests: happy-dom, Testing Library and a urql client that answers from fixtures
// (src/test/render.tsx), so they touch no network. Run here (pnpm --filter @agora/web test) or
// as the "web" project of the root suite.
export default defineConfig({
  plugins: [react()],
  test: {
    name: "web",
    root: import.meta.dirname,
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
  },
});
