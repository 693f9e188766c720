import { spawn } from "node:child_process";
import { nodeBin } from "./run";
import { developmentAuthSecret, prepareDatabase, seedWhenEmpty } from "./database";

/**
 * `npm run dev` / `npm start`: prepares the database (embedded when DATABASE_URL is unset),
 * then runs Next.js with DATABASE_URL pointing at it, and stops the database on exit.
 */
export async function runApp(mode: "dev" | "start"): Promise<void> {
  const startedAt = Date.now();
  const database = await prepareDatabase();
  if (database.embedded || process.env.FOOTHOLD_SEED === "1") await seedWhenEmpty(database.ownerUrl);
  const port = process.env.PORT ?? "3000";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.appUrl,
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? (mode === "dev" || database.embedded ? developmentAuthSecret() : undefined),
  };
  console.log(`Database ready in ${Date.now() - startedAt} ms; starting Next.js (${mode}) on ${env.APP_URL}`);
  const child = spawn(process.execPath, [nodeBin("next/dist/bin/next"), mode, "-p", port], { env, stdio: "inherit" });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    child.kill("SIGTERM");
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));
  child.on("exit", (code) => void stop(code ?? 0));
}
