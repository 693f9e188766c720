import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server modules import "server-only" to keep them out of client bundles;
      // under Vitest there is no bundler, so the marker resolves to an empty module.
      "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          env: {
            AUTH_SECRET: "integration-tests-secret-0123456789abcdef",
            APP_URL: "http://localhost:3999",
            // A placeholder until createTestDatabase() points it at the file's own database.
            DATABASE_URL: "postgres://unset@127.0.0.1:1/unset",
          },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
