import { startTestServer } from "@/tests/support/test-postgres";
import { nodeBin, run } from "./support/run";

/**
 * `npm test`: every suite against one real PostgreSQL (TEST_DATABASE_URL, or a throwaway
 * embedded server): Vitest unit and integration tests, then Playwright end-to-end tests
 * against a production build in the system Chromium.
 */
async function main(): Promise<number> {
  const startedAt = Date.now();
  const server = await startTestServer();
  const env = { ...process.env, TEST_SERVER_ADMIN_URL: server.adminUrl };
  const timings: string[] = [];
  try {
    let phase = Date.now();
    const vitest = await run(process.execPath, [nodeBin("vitest/vitest.mjs"), "run"], env);
    timings.push(`unit + integration: ${((Date.now() - phase) / 1000).toFixed(1)} s`);
    if (vitest !== 0) return vitest;
    phase = Date.now();
    const e2e = await run(process.execPath, [nodeBin("tsx/dist/cli.mjs"), "scripts/e2e.ts"], env);
    timings.push(`build + end-to-end: ${((Date.now() - phase) / 1000).toFixed(1)} s`);
    return e2e;
  } finally {
    await server.stop();
    console.log(`\nnpm test took ${((Date.now() - startedAt) / 1000).toFixed(1)} s (${timings.join("; ")})`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
