import { and, eq, gte, isNull, max, ne, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, attempts, ladderLevels, ladderVersions, levelMasteries, memberships, screenings, users } from "@/db/schema";
import { type AssignmentFacts, type AttentionItem, type ClientAttentionFacts, NEWLY_MASTERED_DAYS, rankAttention } from "@/lib/practice/attention";
import { STUCK_SETBACKS, stuckSignal } from "@/lib/practice/signals";
import { dueAtOf } from "./load-assignments";

/**
 * The practice overview's "Needs attention" list: for every client, the facts the
 * attention rules rank (unacknowledged safety flags, stuck levels, overdue and inactive
 * assignments, fresh masteries), gathered in six queries whatever the size of the practice.
 */
export async function loadPracticeAttention(tx: Queryable, { orgId, now }: { orgId: string; now: Date }): Promise<AttentionItem[]> {
  const masteredSince = new Date(now.getTime() - NEWLY_MASTERED_DAYS * 24 * 60 * 60 * 1000);
  // The last STUCK_SETBACKS recorded attempts on each active assignment's current level.
  const ranked = tx
    .select({
      assignmentId: attempts.assignmentId,
      outcome: attempts.outcome,
      createdAt: attempts.createdAt,
      rank: sql<number>`row_number() over (partition by ${attempts.assignmentId} order by ${attempts.createdAt} desc)`.as("rank"),
    })
    .from(attempts)
    .innerJoin(
      assignments,
      and(
        eq(assignments.id, attempts.assignmentId),
        eq(assignments.orgId, orgId),
        eq(assignments.status, "active"),
        eq(assignments.currentLevelId, attempts.levelId),
        gte(attempts.createdAt, assignments.currentSince),
      ),
    )
    .where(and(eq(attempts.orgId, orgId), eq(attempts.status, "recorded")))
    .as("ranked");

  const [clients, flags, assignmentRows, lastAttempts, masteries, recentOnCurrent] = await Promise.all([
    tx
      .select({ id: memberships.id, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "client"))),
    tx
      .select({ clientId: screenings.clientMembershipId, count: sql<number>`count(*)::int` })
      .from(screenings)
      .where(and(eq(screenings.orgId, orgId), eq(screenings.safety, true), isNull(screenings.acknowledgedAt)))
      .groupBy(screenings.clientMembershipId),
    tx
      .select({
        id: assignments.id,
        clientId: assignments.clientMembershipId,
        status: assignments.status,
        createdAt: assignments.createdAt,
        dueOn: assignments.dueOn,
        ladderTitle: ladderVersions.title,
        currentLevelTitle: ladderLevels.title,
      })
      .from(assignments)
      .innerJoin(ladderVersions, and(eq(ladderVersions.id, assignments.ladderVersionId), eq(ladderVersions.orgId, orgId)))
      .leftJoin(ladderLevels, and(eq(ladderLevels.id, assignments.currentLevelId), eq(ladderLevels.orgId, orgId)))
      .where(and(eq(assignments.orgId, orgId), ne(assignments.status, "ended"))),
    tx
      .select({ clientId: attempts.clientMembershipId, last: max(attempts.createdAt) })
      .from(attempts)
      .where(eq(attempts.orgId, orgId))
      .groupBy(attempts.clientMembershipId),
    tx
      .select({ clientId: assignments.clientMembershipId, levelTitle: ladderLevels.title, masteredAt: levelMasteries.masteredAt })
      .from(levelMasteries)
      .innerJoin(assignments, and(eq(assignments.id, levelMasteries.assignmentId), eq(assignments.orgId, orgId)))
      .innerJoin(ladderLevels, and(eq(ladderLevels.id, levelMasteries.levelId), eq(ladderLevels.orgId, orgId)))
      .where(and(eq(levelMasteries.orgId, orgId), gte(levelMasteries.masteredAt, masteredSince))),
    tx.select().from(ranked).where(sql`${ranked.rank} <= ${STUCK_SETBACKS}`),
  ]);

  const facts = clients.map((client): ClientAttentionFacts => {
    const own = assignmentRows.filter((row) => row.clientId === client.id);
    const stuckLevels = own.flatMap((assignment) => {
      const recent = recentOnCurrent.filter((row) => row.assignmentId === assignment.id);
      const signal = stuckSignal(
        recent.flatMap((row) => (row.outcome ? [{ outcome: row.outcome, createdAt: row.createdAt, confidenceBefore: null, confidenceAfter: null, coachConfirmed: false }] : [])),
      );
      return signal && assignment.currentLevelTitle ? [assignment.currentLevelTitle] : [];
    });
    const last = lastAttempts.find((row) => row.clientId === client.id)?.last ?? null;
    return {
      clientId: client.id,
      clientName: client.name ?? client.email,
      urgentFlags: flags.find((row) => row.clientId === client.id)?.count ?? 0,
      stuckLevels,
      assignments: own.map(
        (row): AssignmentFacts => ({
          id: row.id,
          ladderTitle: row.ladderTitle,
          assignedAt: row.createdAt,
          dueAt: dueAtOf(row.dueOn),
          state: row.status === "completed" ? "completed" : row.status === "paused" ? "paused" : "active",
        }),
      ),
      lastAttemptAt: last ? new Date(last) : null,
      masteries: masteries.filter((row) => row.clientId === client.id).map((row) => ({ levelTitle: row.levelTitle, masteredAt: row.masteredAt })),
    };
  });
  return rankAttention(facts, { now });
}
