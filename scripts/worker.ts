import { createDatabase } from "@/db/client";
import { deliverPendingEmails } from "@/lib/email/outbox";
import { pruneRateLimitHits } from "@/lib/rate-limit/consume-rate-limit";

// Background worker: retries outbox deliveries that failed at send time and prunes old
// rate-limit hits. Any number may run beside any number of app instances (rows are
// claimed with SKIP LOCKED). Needs DATABASE_URL, like `npm start`.
const INTERVAL_MS = Number(process.env.WORKER_INTERVAL_MS ?? 15_000);
const DAY = 24 * 60 * 60 * 1000;

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the worker runs against the app's database.");
  const db = createDatabase(url, { max: 2 });
  let running = true;
  const stop = () => (running = false);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`Foothold worker: every ${INTERVAL_MS / 1000} s`);
  while (running) {
    const { sent, failed } = await deliverPendingEmails(db, { limit: 50 });
    if (sent || failed) console.log(`outbox: ${sent} sent, ${failed} failed`);
    await pruneRateLimitHits(db, new Date(Date.now() - DAY));
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
  await db.$close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
