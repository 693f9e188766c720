import { type SQL, and, asc, eq, isNotNull, or, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { reflections } from "@/db/schema";
import type { FeedCursor } from "./feed-filters";
import { type GuideRecord, toGuideRecord } from "./labels";

export type ExportScope = "corrected" | "all";

export const EXPORT_BATCH_SIZE = 500;

/**
 * One batch of the practice's reflections as lines of the guide's JSON Lines format, oldest
 * first, keyset-paginated on (created_at, id) so a large practice streams in batches.
 * "corrected": only reflections a coach labelled (their labels); "all": every labelled
 * reflection, a coach's correction winning over the tagger.
 */
export async function exportReflectionBatch(
  tx: Queryable,
  { orgId, scope, after, limit = EXPORT_BATCH_SIZE }: { orgId: string; scope: ExportScope; after?: FeedCursor; limit?: number },
): Promise<{ records: GuideRecord[]; next: FeedCursor | null }> {
  const conditions: (SQL | undefined)[] = [eq(reflections.orgId, orgId)];
  if (scope === "corrected") conditions.push(or(isNotNull(reflections.coachCauses), isNotNull(reflections.coachFlags)));
  else conditions.push(or(isNotNull(reflections.tag), isNotNull(reflections.coachCauses), isNotNull(reflections.coachFlags)));
  if (after) conditions.push(sql`(${reflections.createdAt}, ${reflections.id}) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  const rows = await tx
    .select({
      id: reflections.id,
      outcome: reflections.outcome,
      text: reflections.text,
      tag: reflections.tag,
      coachCauses: reflections.coachCauses,
      coachFlags: reflections.coachFlags,
      cursorAt: sql<string>`to_char(${reflections.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(reflections)
    .where(and(...conditions))
    .orderBy(asc(reflections.createdAt), asc(reflections.id))
    .limit(limit);
  const last = rows[rows.length - 1];
  return { records: rows.map(toGuideRecord), next: rows.length === limit && last ? { createdAt: last.cursorAt, id: last.id } : null };
}

/** One line, keys in the guide's order. */
export function toJsonLine(record: GuideRecord): string {
  const { id, outcome, text, causes, locus, flags } = record;
  return `${JSON.stringify({ id, outcome, text, causes, locus, flags })}\n`;
}
