import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { count } from "drizzle-orm";
import { createDatabase } from "@/db/client";
import { APP_ROLE, startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import { organizations } from "@/db/schema";
import { seedDemoPractice } from "@/db/seed";

export const DATA_DIR = path.resolve(process.env.FOOTHOLD_DATA_DIR ?? ".data");

export interface PreparedDatabase {
  /** What the app connects with (its own role on the embedded server). */
  appUrl: string;
  /** Owner connection, for migrations and seeding. */
  ownerUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * The database the app runs on: DATABASE_URL when set (nothing is started), otherwise a
 * real embedded PostgreSQL under .data/postgres. Migrations are applied either way.
 */
export async function prepareDatabase(options: { log?: (line: string) => void; verbose?: boolean } = {}): Promise<PreparedDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const ownerUrl = process.env.DATABASE_MIGRATION_URL ?? configured;
    const appRole = roleOf(configured) !== roleOf(ownerUrl) ? roleOf(configured) : undefined;
    await runMigrations(ownerUrl, { appRole });
    log(`Using DATABASE_URL (${new URL(configured).host}); migrations applied.`);
    return { appUrl: configured, ownerUrl, embedded: false, stop: async () => {} };
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    database: "foothold",
    log: options.verbose ? log : undefined,
  });
  await runMigrations(server.adminUrl, { appRole: APP_ROLE });
  log(`Embedded PostgreSQL on 127.0.0.1:${server.port} (data in ${path.relative(process.cwd(), DATA_DIR)}/postgres), ready in ${Date.now() - started} ms.`);
  return { appUrl: server.appUrl, ownerUrl: server.adminUrl, embedded: true, stop: server.stop };
}

/** Seeds the demo practice when the database has no organization at all. */
export async function seedWhenEmpty(ownerUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const db = createDatabase(ownerUrl, { max: 1 });
  try {
    const [row] = await db.select({ n: count() }).from(organizations);
    if ((row?.n ?? 0) === 0) {
      await seedDemoPractice(db);
      log("Seeded the demo practice (see the landing page for its sign-in addresses).");
    }
  } finally {
    await db.$close();
  }
}

/** A development AUTH_SECRET, generated once and kept in the git-ignored data folder. */
export function developmentAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
