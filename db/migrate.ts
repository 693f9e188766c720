import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * Applies the committed drizzle-kit migrations with an owner connection, then gives the
 * app's role (when it is another role) the data rights it needs and nothing more: it owns
 * no table, so FORCE ROW LEVEL SECURITY and the policies apply to it.
 */
export async function runMigrations(ownerUrl: string, options: { appRole?: string } = {}) {
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    const role = options.appRole;
    if (role) {
      if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Invalid app role name: ${role}`);
      await client.unsafe(`
        grant usage on schema public to ${role};
        grant select, insert, update, delete on all tables in schema public to ${role};
        grant usage, select on all sequences in schema public to ${role};
      `);
    }
  } finally {
    await client.end();
  }
}
