import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { APP_ROLE, startEmbeddedPostgres } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";

export const TEMPLATE_DATABASE = "foothold_template";
export const APP_ROLE_PASSWORD = "foothold-app-local";

export interface TestServer {
  /** Superuser URL of the server's maintenance database. */
  adminUrl: string;
  stop: () => Promise<void>;
}

/**
 * The PostgreSQL server tests run against: TEST_DATABASE_URL (a superuser URL, for
 * creating databases) when set, otherwise a throwaway embedded server.
 */
export async function startTestServer(): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { adminUrl: given, stop: async () => {} };
  const parent = path.join(process.cwd(), ".data");
  await import("node:fs/promises").then((fs) => fs.mkdir(parent, { recursive: true }));
  const dir = await mkdtemp(path.join(parent, "test-"));
  // mkdtemp makes the folder private; as root, the server runs as the postgres user and must reach it.
  await import("node:fs/promises").then((fs) => fs.chmod(dir, 0o755));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "foothold_test", persistent: false });
  const adminUrl = new URL(server.adminUrl);
  adminUrl.pathname = "/postgres";
  return {
    adminUrl: adminUrl.toString(),
    stop: async () => {
      await server.stop();
      await import("node:fs/promises").then((fs) => fs.rm(dir, { recursive: true, force: true }));
    },
  };
}

export function databaseUrl(adminUrl: string, database: string, role?: { user: string; password: string }): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  if (role) {
    url.username = role.user;
    url.password = role.password;
  }
  return url.toString();
}

export function appRoleUrl(adminUrl: string, database: string): string {
  return databaseUrl(adminUrl, database, { user: APP_ROLE, password: APP_ROLE_PASSWORD });
}

/** A fresh database with every migration applied and the app role granted. */
export async function createMigratedDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [role] = await admin`select 1 from pg_roles where rolname = ${APP_ROLE}`;
    if (!role) await admin.unsafe(`create role ${APP_ROLE} login password '${APP_ROLE_PASSWORD}' nosuperuser nobypassrls`);
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
  } finally {
    await admin.end();
  }
  if (!template) await runMigrations(databaseUrl(adminUrl, name), { appRole: APP_ROLE });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}
