import { and, count, eq, gt, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rateLimitHits } from "@/db/schema";

export interface RateLimitRule {
  bucket: string;
  key: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** When the oldest hit in the window leaves it, i.e. when one more is allowed. */
  retryAt: Date | null;
}

/**
 * Records one hit against each rule if every rule still has room (sliding window).
 * State lives in Postgres and each key is serialized by an advisory lock, so the limit
 * holds exactly across any number of app instances.
 */
export async function consumeRateLimit(db: Database, rules: RateLimitRule[], now = new Date()): Promise<RateLimitResult> {
  return db.transaction(async (tx) => {
    for (const rule of [...rules].sort((a, b) => `${a.bucket}:${a.key}`.localeCompare(`${b.bucket}:${b.key}`))) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${rule.bucket}:${rule.key}`}, 0))`);
    }
    let retryAt: Date | null = null;
    for (const rule of rules) {
      const since = new Date(now.getTime() - rule.windowMs);
      const [row] = await tx
        .select({ hits: count(), oldest: sql<Date | null>`min(${rateLimitHits.createdAt})` })
        .from(rateLimitHits)
        .where(and(eq(rateLimitHits.bucket, rule.bucket), eq(rateLimitHits.key, rule.key), gt(rateLimitHits.createdAt, since)));
      if ((row?.hits ?? 0) >= rule.limit) {
        const oldest = row?.oldest ? new Date(row.oldest) : now;
        const candidate = new Date(oldest.getTime() + rule.windowMs);
        if (!retryAt || candidate > retryAt) retryAt = candidate;
      }
    }
    if (retryAt) return { allowed: false, retryAt };
    await tx.insert(rateLimitHits).values(rules.map((rule) => ({ bucket: rule.bucket, key: rule.key, createdAt: now })));
    return { allowed: true, retryAt: null };
  });
}

/** Drops hits older than the longest window; called by the worker. */
export async function pruneRateLimitHits(db: Database, olderThan: Date): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.createdAt, olderThan));
}
