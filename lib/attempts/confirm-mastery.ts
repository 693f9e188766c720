import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { assignments, attempts, ladderLevels } from "@/db/schema";
import { levelStatus } from "@/lib/practice/progression";
import { type AdvanceResult, advanceAssignment } from "./advance-assignment";
import { countingAttempts } from "./counting-attempts";
import { PracticeError } from "./errors";
import { isUuid } from "./ids";

/**
 * A coach confirms that a success on a "coach confirms" level was genuine mastery. Only a
 * success that meets (or follows) the level's count on the client's current level can be
 * confirmed; confirming twice is a no-op. The level then advances like any mastery.
 */
export async function confirmMastery(
  tx: Transaction,
  { orgId, attemptId, userId }: { orgId: string; attemptId: string; userId: string },
): Promise<AdvanceResult | null> {
  if (!isUuid(attemptId)) throw new PracticeError("not_found");
  const [attempt] = await tx.select().from(attempts).where(and(eq(attempts.orgId, orgId), eq(attempts.id, attemptId))).for("update");
  if (!attempt) throw new PracticeError("not_found");
  if (attempt.coachConfirmedAt) return null;

  const [assignment] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.orgId, orgId), eq(assignments.id, attempt.assignmentId)))
    .for("update");
  const [level] = await tx.select().from(ladderLevels).where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.id, attempt.levelId)));
  if (!assignment || !level) throw new PracticeError("not_found");
  if (assignment.status !== "active") throw new PracticeError("not_active");
  if (assignment.currentLevelId !== level.id) throw new PracticeError("not_current");
  if (!level.coachConfirms || attempt.status !== "recorded" || attempt.outcome !== "success") throw new PracticeError("not_confirmable");

  // The count must be met by this attempt or an earlier one on the current level.
  const upToThis = await tx
    .select({ outcome: attempts.outcome, createdAt: attempts.createdAt })
    .from(attempts)
    .where(
      countingAttempts({ orgId, assignmentId: assignment.id, levelId: level.id, since: assignment.currentSince, upToAttemptId: attempt.id }),
    )
    .orderBy(asc(attempts.createdAt));
  const status = levelStatus(
    { masteryCount: level.masteryCount, coachConfirms: true },
    upToThis.flatMap((row) => (row.outcome ? [{ outcome: row.outcome, createdAt: row.createdAt, confidenceBefore: null, confidenceAfter: null, coachConfirmed: false }] : [])),
  );
  if (status.state !== "awaiting_coach") throw new PracticeError("not_confirmable");

  await tx
    .update(attempts)
    .set({ coachConfirmedAt: sql`now()`, coachConfirmedByUserId: userId, lastActivityAt: sql`now()` })
    .where(and(eq(attempts.orgId, orgId), eq(attempts.id, attempt.id)));
  return advanceAssignment(tx, { orgId, assignment });
}
