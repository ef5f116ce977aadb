import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit and contract tests (Node). e2e/ belongs to Playwright.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // "server-only" throws outside React Server Components; in Node tests it is a no-op.
      "server-only": fileURLToPath(new URL("./test/server-only-noop.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{app,components,lib,server,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
