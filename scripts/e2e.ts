import { createMigratedDatabase, databaseUrl, appRoleUrl, startTestServer } from "@/tests/support/test-postgres";
import { findChromium } from "./support/chromium";
import { nodeBin, run } from "./support/run";

const E2E_DATABASE = "foothold_e2e";

/**
 * End-to-end tests: a production build served by `next start` on a fresh database, driven
 * by Playwright in the system Chromium. Uses the server from `npm test` when it passes
 * TEST_SERVER_ADMIN_URL, otherwise starts its own.
 */
async function main(): Promise<number> {
  const chromium = findChromium();
  const given = process.env.TEST_SERVER_ADMIN_URL;
  const server = given ? { adminUrl: given, stop: async () => {} } : await startTestServer();
  try {
    await createMigratedDatabase(server.adminUrl, E2E_DATABASE);
    if (process.env.E2E_SKIP_BUILD !== "1") {
      console.log("Building the app for end-to-end tests…");
      const built = await run(process.execPath, [nodeBin("next/dist/bin/next"), "build"], { ...process.env, NODE_ENV: "production" });
      if (built !== 0) return built;
    }
    return await run(process.execPath, [nodeBin("@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
      ...process.env,
      CHROMIUM_PATH: chromium,
      E2E_DATABASE_URL: appRoleUrl(server.adminUrl, E2E_DATABASE),
      E2E_OWNER_DATABASE_URL: databaseUrl(server.adminUrl, E2E_DATABASE),
    });
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
