import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, attempts, journalEntries, levelMasteries, ladderLevels, successEntries } from "@/db/schema";
import type { DatedWin } from "./wins-by-week";

/**
 * The client's own history for the progress page, in four queries: journal wins,
 * inventory entries, mastered levels (through their assignments) and recorded attempts.
 */
export async function loadProgress(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }) {
  const journal = await tx
    .select({ on: journalEntries.occurredOn })
    .from(journalEntries)
    .where(and(eq(journalEntries.orgId, orgId), eq(journalEntries.clientMembershipId, clientMembershipId)));
  const inventory = await tx
    .select({ on: successEntries.createdAt })
    .from(successEntries)
    .where(and(eq(successEntries.orgId, orgId), eq(successEntries.clientMembershipId, clientMembershipId), eq(successEntries.status, "complete")));
  const mastered = await tx
    .select({ on: levelMasteries.masteredAt, title: ladderLevels.title })
    .from(levelMasteries)
    .innerJoin(assignments, and(eq(assignments.id, levelMasteries.assignmentId), eq(assignments.orgId, orgId)))
    .innerJoin(ladderLevels, and(eq(ladderLevels.id, levelMasteries.levelId), eq(ladderLevels.orgId, orgId)))
    .where(and(eq(levelMasteries.orgId, orgId), eq(assignments.clientMembershipId, clientMembershipId)))
    .orderBy(asc(levelMasteries.masteredAt));
  const recorded = await tx
    .select({
      createdAt: attempts.createdAt,
      recordedAt: attempts.recordedAt,
      before: attempts.confidenceBefore,
      after: attempts.confidenceAfter,
    })
    .from(attempts)
    .where(and(eq(attempts.orgId, orgId), eq(attempts.clientMembershipId, clientMembershipId), inArray(attempts.status, ["recorded"])))
    .orderBy(asc(attempts.createdAt));

  const wins: DatedWin[] = [
    ...journal.map((row) => ({ kind: "journal" as const, on: row.on })),
    ...inventory.map((row) => ({ kind: "inventory" as const, on: row.on })),
    ...mastered.map((row) => ({ kind: "level" as const, on: row.on })),
  ];
  return {
    wins,
    totals: { journal: journal.length, inventory: inventory.length, levels: mastered.length },
    mastered,
    confidence: recorded.map((row) => ({ date: row.recordedAt ?? row.createdAt, before: row.before, after: row.after })),
    attemptDates: recorded.map((row) => row.recordedAt ?? row.createdAt),
  };
}
