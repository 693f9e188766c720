import type { Database } from "@/db/client";
import { env } from "@/lib/env";
import { consumeRateLimit, type RateLimitResult } from "@/lib/rate-limit/consume-rate-limit";

/** Sign-in emails: limited per address (mailbox flooding) and per client IP (enumeration). */
export async function consumeSignInAllowance(
  db: Database,
  { email, ip }: { email: string; ip: string },
  now = new Date(),
): Promise<RateLimitResult> {
  const config = env();
  const windowMs = config.SIGNIN_LIMIT_WINDOW_MINUTES * 60_000;
  return consumeRateLimit(
    db,
    [
      { bucket: "sign-in:email", key: email, limit: config.SIGNIN_LIMIT_PER_EMAIL, windowMs },
      { bucket: "sign-in:ip", key: ip, limit: config.SIGNIN_LIMIT_PER_IP, windowMs },
    ],
    now,
  );
}
