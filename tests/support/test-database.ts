import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { type Database, createDatabase } from "@/db/client";
import { TEMPLATE_DATABASE, appRoleUrl, createMigratedDatabase, databaseUrl, dropDatabase } from "./test-postgres";

export interface TestDatabase {
  /** Connected as the app's own role: row-level security applies, as in production. */
  db: Database;
  /** Connected as a superuser: for arranging rows and checking them behind RLS's back. */
  owner: Database;
  appUrl: string;
  close: () => Promise<void>;
}

/** A database of this test file's own, copied from the migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("testServerAdminUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await createMigratedDatabase(adminUrl, name, TEMPLATE_DATABASE);
  const appUrl = appRoleUrl(adminUrl, name);
  const db = createDatabase(appUrl, { max: 4 });
  const owner = createDatabase(databaseUrl(adminUrl, name), { max: 2 });
  process.env.DATABASE_URL = appUrl;
  return {
    db,
    owner,
    appUrl,
    close: async () => {
      await db.$close();
      await owner.$close();
      await dropDatabase(adminUrl, name);
    },
  };
}
