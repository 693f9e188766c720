import type { TestProject } from "vitest/node";
import { TEMPLATE_DATABASE, createMigratedDatabase, startTestServer } from "./test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    testServerAdminUrl: string;
  }
}

// One server and one migrated template per run; each test file copies the template into
// a database of its own (CREATE DATABASE … TEMPLATE is a file copy: milliseconds).
export default async function setup(project: TestProject) {
  const server = process.env.TEST_SERVER_ADMIN_URL
    ? { adminUrl: process.env.TEST_SERVER_ADMIN_URL, stop: async () => {} }
    : await startTestServer();
  await createMigratedDatabase(server.adminUrl, TEMPLATE_DATABASE);
  project.provide("testServerAdminUrl", server.adminUrl);
  return async () => {
    await server.stop();
  };
}
