import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, attemptComments, attempts, ladderLevels, ladderVersions, levelMasteries, memberships, reflections, users } from "@/db/schema";
import { type LevelStatus, levelStatus } from "@/lib/practice/progression";
import type { AttemptFacts } from "@/lib/practice/types";
import { countingAttempts } from "./counting-attempts";
import { isUuid } from "./ids";

export interface AttemptComment {
  id: string;
  body: string;
  createdAt: Date;
  authorMembershipId: string;
  authorName: string;
  fromClient: boolean;
}

/**
 * Everything the attempt pages show, in a fixed number of queries: the attempt with its
 * level, ladder and reflection, the thread, and the level's progress as of this attempt.
 * With `clientMembershipId` only that client's attempt is found (the client's own view).
 */
export async function findAttempt(tx: Queryable, { orgId, attemptId, clientMembershipId }: { orgId: string; attemptId: string; clientMembershipId?: string }) {
  if (!isUuid(attemptId)) return null;
  const [row] = await tx
    .select({
      attempt: attempts,
      assignment: {
        id: assignments.id,
        status: assignments.status,
        currentLevelId: assignments.currentLevelId,
        currentSince: assignments.currentSince,
        ladderVersionId: assignments.ladderVersionId,
      },
      ladderTitle: ladderVersions.title,
      level: ladderLevels,
      reflection: reflections,
      client: { name: users.name, email: users.email },
    })
    .from(attempts)
    .innerJoin(assignments, and(eq(assignments.id, attempts.assignmentId), eq(assignments.orgId, orgId)))
    .innerJoin(ladderVersions, and(eq(ladderVersions.id, assignments.ladderVersionId), eq(ladderVersions.orgId, orgId)))
    .innerJoin(ladderLevels, and(eq(ladderLevels.id, attempts.levelId), eq(ladderLevels.orgId, orgId)))
    .innerJoin(memberships, and(eq(memberships.id, attempts.clientMembershipId), eq(memberships.orgId, orgId)))
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(reflections, and(eq(reflections.attemptId, attempts.id), eq(reflections.orgId, orgId)))
    .where(
      and(
        eq(attempts.orgId, orgId),
        eq(attempts.id, attemptId),
        clientMembershipId ? eq(attempts.clientMembershipId, clientMembershipId) : undefined,
      ),
    );
  if (!row) return null;
  const { attempt, assignment, level } = row;
  const levelIsCurrent = assignment.currentLevelId === level.id;

  const [levels, onLevel, comments, masteries] = await Promise.all([
    tx
      .select()
      .from(ladderLevels)
      .where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, assignment.ladderVersionId)))
      .orderBy(asc(ladderLevels.position)),
    tx
      .select({ id: attempts.id, outcome: attempts.outcome, createdAt: attempts.createdAt, coachConfirmedAt: attempts.coachConfirmedAt })
      .from(attempts)
      .where(
        countingAttempts({
          orgId,
          assignmentId: assignment.id,
          levelId: level.id,
          since: levelIsCurrent ? assignment.currentSince : undefined,
          upToAttemptId: attempt.id,
        }),
      )
      .orderBy(asc(attempts.createdAt)),
    tx
      .select({
        id: attemptComments.id,
        body: attemptComments.body,
        createdAt: attemptComments.createdAt,
        authorMembershipId: attemptComments.authorMembershipId,
        authorName: users.name,
        authorEmail: users.email,
      })
      .from(attemptComments)
      .innerJoin(memberships, and(eq(memberships.id, attemptComments.authorMembershipId), eq(memberships.orgId, orgId)))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(attemptComments.orgId, orgId), eq(attemptComments.attemptId, attempt.id)))
      .orderBy(asc(attemptComments.createdAt), asc(attemptComments.id)),
    tx
      .select({ levelId: levelMasteries.levelId, masteredAt: levelMasteries.masteredAt })
      .from(levelMasteries)
      .where(and(eq(levelMasteries.orgId, orgId), eq(levelMasteries.assignmentId, assignment.id))),
  ]);

  const rule = { masteryCount: level.masteryCount, coachConfirms: level.coachConfirms };
  const facts = (rows: typeof onLevel): AttemptFacts[] =>
    rows.flatMap((item) =>
      item.outcome
        ? [{ outcome: item.outcome, createdAt: item.createdAt, confidenceBefore: null, confidenceAfter: null, coachConfirmed: item.coachConfirmedAt !== null, coachConfirmedAt: item.coachConfirmedAt }]
        : [],
    );
  const statusAsOf: LevelStatus = levelStatus(rule, facts(onLevel));
  const statusBefore = levelStatus(rule, facts(onLevel.filter((item) => item.id !== attempt.id)));
  const levelMastered = masteries.some((mastery) => mastery.levelId === level.id);
  const index = levels.findIndex((item) => item.id === level.id);
  const nextLevel = levels[index + 1] ?? null;
  const previousLevel = index > 0 ? (levels[index - 1] ?? null) : null;
  const masteredByThis = attempt.status === "recorded" && levelMastered && statusAsOf.state === "mastered" && statusBefore.state !== "mastered";

  return {
    attempt,
    assignment,
    ladderTitle: row.ladderTitle,
    level,
    nextLevel,
    previousMasteredLevel: previousLevel && masteries.some((mastery) => mastery.levelId === previousLevel.id) ? previousLevel : null,
    reflection: row.reflection,
    client: row.client,
    comments: comments.map(
      (comment): AttemptComment => ({
        id: comment.id,
        body: comment.body,
        createdAt: comment.createdAt,
        authorMembershipId: comment.authorMembershipId,
        authorName: comment.authorName ?? comment.authorEmail,
        fromClient: comment.authorMembershipId === attempt.clientMembershipId,
      }),
    ),
    progress: {
      status: statusAsOf,
      levelMastered,
      masteredByThis,
      unlocked: masteredByThis ? nextLevel : null,
      ladderComplete: masteredByThis && !nextLevel,
    },
    /** A coach can confirm this success as mastery now. */
    canConfirm:
      level.coachConfirms &&
      levelIsCurrent &&
      assignment.status === "active" &&
      attempt.status === "recorded" &&
      attempt.outcome === "success" &&
      attempt.coachConfirmedAt === null &&
      statusAsOf.state === "awaiting_coach",
  };
}

export type AttemptView = NonNullable<Awaited<ReturnType<typeof findAttempt>>>;
