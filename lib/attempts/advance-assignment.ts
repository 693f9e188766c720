import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { assignments, attempts, ladderLevels, levelMasteries } from "@/db/schema";
import { countingAttempts } from "./counting-attempts";
import { advanceAfterAttempt, levelStatus, type LevelStatus } from "@/lib/practice/progression";

type AssignmentRow = typeof assignments.$inferSelect;
type LevelRow = typeof ladderLevels.$inferSelect;

export interface AdvanceResult {
  /** The level that was evaluated (the current one before this call). */
  level: LevelRow;
  status: LevelStatus;
  /** The level was mastered by this evaluation. */
  mastered: boolean;
  /** The level that unlocked, if any. */
  nextLevel: LevelRow | null;
  complete: boolean;
}

/**
 * Re-evaluates the assignment's current level after an attempt is recorded or a coach
 * confirms one, and persists what the progression rules decide: the mastery, the next
 * level (with a fresh `current_since`) or the completed ladder. The caller holds the
 * assignment's row lock, so two saves cannot both advance it.
 */
export async function advanceAssignment(tx: Transaction, { orgId, assignment }: { orgId: string; assignment: AssignmentRow }): Promise<AdvanceResult | null> {
  if (!assignment.currentLevelId) return null;
  const levels = await tx
    .select()
    .from(ladderLevels)
    .where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, assignment.ladderVersionId)))
    .orderBy(asc(ladderLevels.position));
  const currentIndex = levels.findIndex((level) => level.id === assignment.currentLevelId);
  const level = levels[currentIndex];
  if (!level) return null;

  const onLevel = await tx
    .select({
      outcome: attempts.outcome,
      confidenceBefore: attempts.confidenceBefore,
      confidenceAfter: attempts.confidenceAfter,
      createdAt: attempts.createdAt,
      coachConfirmedAt: attempts.coachConfirmedAt,
    })
    .from(attempts)
    .where(
      // Attempts from before the level (re)became current do not count towards it.
      countingAttempts({ orgId, assignmentId: assignment.id, levelId: level.id, since: assignment.currentSince }),
    )
    .orderBy(asc(attempts.createdAt));
  const facts = onLevel.flatMap((row) =>
    row.outcome
      ? [{ ...row, outcome: row.outcome, levelId: level.id, coachConfirmed: row.coachConfirmedAt !== null }]
      : [],
  );
  const rule = { masteryCount: level.masteryCount, coachConfirms: level.coachConfirms };
  const status = levelStatus(rule, facts);
  const progress = advanceAfterAttempt({
    levels: levels.map((row) => ({ id: row.id, title: row.title, mastery: { masteryCount: row.masteryCount, coachConfirms: row.coachConfirms } })),
    attempts: facts,
    currentIndex,
    startIndex: assignment.startPosition,
  });

  const mastered = progress.advanced || progress.complete;
  if (!mastered) return { level, status, mastered: false, nextLevel: null, complete: false };

  await tx.insert(levelMasteries).values({ orgId, assignmentId: assignment.id, levelId: level.id }).onConflictDoNothing();
  if (progress.complete) {
    await tx
      .update(assignments)
      .set({ status: "completed", currentLevelId: null, completedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(assignments.orgId, orgId), eq(assignments.id, assignment.id)));
    return { level, status, mastered: true, nextLevel: null, complete: true };
  }
  const nextLevel = levels[progress.currentIndex] ?? null;
  await tx
    .update(assignments)
    .set({ currentLevelId: nextLevel?.id ?? null, currentSince: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(assignments.orgId, orgId), eq(assignments.id, assignment.id)));
  return { level, status, mastered: true, nextLevel, complete: false };
}
