import { and, eq, ne, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { ladderVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUuid } from "./ids";

/**
 * Retires a ladder: every version that is not archived yet becomes archived, so it leaves
 * the assign list. Clients already on it keep their assignment and history.
 */
export async function archiveLadder(tx: Transaction, { orgId, userId, ladderId }: { orgId: string; userId: string | null; ladderId: string }): Promise<boolean> {
  if (!isUuid(ladderId)) return false;
  const archived = await tx
    .update(ladderVersions)
    .set({ status: "archived", revision: sql`${ladderVersions.revision} + 1`, updatedByUserId: userId, updatedAt: new Date() })
    .where(and(eq(ladderVersions.orgId, orgId), eq(ladderVersions.ladderId, ladderId), ne(ladderVersions.status, "archived")))
    .returning({ id: ladderVersions.id });
  if (archived.length > 0) await recordAudit(tx, { orgId, actorUserId: userId, action: "ladder.archived", subject: ladderId });
  return archived.length > 0;
}
