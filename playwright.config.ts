import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${PORT}`;

// Run through `npm run test:e2e` (or `npm test`), which prepares the database, builds the
// app and finds the system Chromium.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // The machine has no network: keep Chromium from trying to reach Google at start.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `${baseURL}/sign-in`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      APP_URL: baseURL,
      AUTH_SECRET: "end-to-end-tests-secret-0123456789abcdef",
      // A production build with the development mailbox on: tests read mail at /dev/mail.
      FOOTHOLD_DEV_MAILBOX: "1",
      // Every test signs in from 127.0.0.1; the per-IP limit is covered by integration tests.
      SIGNIN_LIMIT_PER_IP: "10000",
    },
  },
});
