import { and, desc, eq, gt } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, attempts, ladderLevels } from "@/db/schema";
import { listPinnedWins } from "@/lib/inventory/list-pinned-wins";
import { loadStatements } from "./load-statements";
import { buildMasteryReview, type MasteryReview } from "./review";

export interface PlannedAttempt {
  id: string;
  plannedAt: Date;
  plannedWhere: string | null;
  levelTitle: string;
}

/**
 * Everything the pre-performance review needs, in four queries: pinned wins, the
 * client's statements, the current level of their active ladder and their attempts
 * planned for later.
 */
export async function loadMasteryReview(
  tx: Queryable,
  { orgId, clientMembershipId, now = new Date() }: { orgId: string; clientMembershipId: string; now?: Date },
): Promise<{ review: MasteryReview; levelTitle: string | null; planned: PlannedAttempt[] }> {
  const scope = { orgId, clientMembershipId };
  const pinned = await listPinnedWins(tx, scope);
  const statements = await loadStatements(tx, scope);
  const [level] = await tx
    .select({ title: ladderLevels.title, successCriteria: ladderLevels.successCriteria })
    .from(assignments)
    .innerJoin(ladderLevels, and(eq(ladderLevels.id, assignments.currentLevelId), eq(ladderLevels.orgId, orgId)))
    .where(and(eq(assignments.orgId, orgId), eq(assignments.clientMembershipId, clientMembershipId), eq(assignments.status, "active")))
    .orderBy(desc(assignments.createdAt))
    .limit(1);
  const planned = await tx
    .select({ id: attempts.id, plannedAt: attempts.plannedAt, plannedWhere: attempts.plannedWhere, levelTitle: ladderLevels.title })
    .from(attempts)
    .innerJoin(ladderLevels, and(eq(ladderLevels.id, attempts.levelId), eq(ladderLevels.orgId, orgId)))
    .where(
      and(eq(attempts.orgId, orgId), eq(attempts.clientMembershipId, clientMembershipId), eq(attempts.status, "prepared"), gt(attempts.plannedAt, now)),
    )
    .orderBy(attempts.plannedAt)
    .limit(10);
  return {
    review: buildMasteryReview({ pinned, ...statements, level: level ?? null }),
    levelTitle: level?.title ?? null,
    planned: planned.map((row) => ({ ...row, plannedAt: row.plannedAt! })),
  };
}

/** A planned attempt of the client's, for the visualization page's wording; null if not theirs. */
export async function findPlannedAttempt(tx: Queryable, { orgId, clientMembershipId, attemptId }: { orgId: string; clientMembershipId: string; attemptId: string }) {
  const [row] = await tx
    .select({ id: attempts.id, levelTitle: ladderLevels.title, plannedAt: attempts.plannedAt })
    .from(attempts)
    .innerJoin(ladderLevels, and(eq(ladderLevels.id, attempts.levelId), eq(ladderLevels.orgId, orgId)))
    .where(and(eq(attempts.orgId, orgId), eq(attempts.clientMembershipId, clientMembershipId), eq(attempts.id, attemptId)));
  return row ?? null;
}
