import { and, desc, eq, gte } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { attempts, ladderLevels } from "@/db/schema";
import { type CadenceStatus, cadenceStatus } from "@/lib/practice/cadence";
import { latestCommentAuthors } from "./latest-comments";
import { type AssignmentWithLadder, loadAssignments } from "./load-assignments";

const RECENT_ATTEMPTS = 5;
const CADENCE_LOOKBACK_DAYS = 366;

export interface ClientHomeAssignment extends AssignmentWithLadder {
  cadence: CadenceStatus | null;
  /** An attempt the client prepared on the current level and has not recorded yet. */
  preparedAttemptId: string | null;
}

export interface RecentAttempt {
  id: string;
  levelTitle: string;
  status: "prepared" | "recorded";
  outcome: "success" | "setback" | null;
  lastActivityAt: Date;
  /** The coach has the last word in the thread: something new for the client to read. */
  newReply: boolean;
}

/**
 * The client's home: their assignments (ladder, current level, progress, this week's
 * cadence) and their most recently active attempts. A fixed number of queries, however
 * many attempts they have made.
 */
export async function loadClientHome(
  tx: Queryable,
  { orgId, clientMembershipId, now, timeZone }: { orgId: string; clientMembershipId: string; now: Date; timeZone: string },
) {
  const assignmentList = await loadAssignments(tx, { orgId, clientMembershipId });
  if (assignmentList.length === 0) return { assignments: [] as ClientHomeAssignment[], recent: [] as RecentAttempt[] };

  const since = new Date(now.getTime() - CADENCE_LOOKBACK_DAYS * 24 * 60 * 60 * 1000);
  const [dated, recentRows] = await Promise.all([
    tx
      .select({ id: attempts.id, assignmentId: attempts.assignmentId, levelId: attempts.levelId, status: attempts.status, recordedAt: attempts.recordedAt, createdAt: attempts.createdAt })
      .from(attempts)
      .where(and(eq(attempts.orgId, orgId), eq(attempts.clientMembershipId, clientMembershipId), gte(attempts.createdAt, since))),
    tx
      .select({
        id: attempts.id,
        levelTitle: ladderLevels.title,
        status: attempts.status,
        outcome: attempts.outcome,
        lastActivityAt: attempts.lastActivityAt,
      })
      .from(attempts)
      .innerJoin(ladderLevels, and(eq(ladderLevels.id, attempts.levelId), eq(ladderLevels.orgId, orgId)))
      .where(and(eq(attempts.orgId, orgId), eq(attempts.clientMembershipId, clientMembershipId)))
      .orderBy(desc(attempts.lastActivityAt), desc(attempts.createdAt))
      .limit(RECENT_ATTEMPTS),
  ]);
  const latest = await latestCommentAuthors(tx, { orgId, attemptIds: recentRows.map((row) => row.id) });

  const assignmentsOut = assignmentList.map((assignment): ClientHomeAssignment => {
    const own = dated.filter((row) => row.assignmentId === assignment.id);
    const prepared = own
      .filter((row) => row.status === "prepared" && row.levelId === assignment.currentLevelId && row.createdAt >= assignment.currentSince)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    return {
      ...assignment,
      cadence:
        assignment.status === "active" && assignment.cadencePerWeek
          ? cadenceStatus({
              attemptsPerWeek: assignment.cadencePerWeek,
              attemptDates: own.flatMap((row) => (row.recordedAt ? [row.recordedAt] : [])),
              now,
              timeZone,
            })
          : null,
      preparedAttemptId: assignment.status === "active" ? (prepared?.id ?? null) : null,
    };
  });
  const recent = recentRows.map(
    (row): RecentAttempt => ({
      ...row,
      newReply: (() => {
        const last = latest.get(row.id);
        return last !== undefined && last.authorMembershipId !== clientMembershipId;
      })(),
    }),
  );
  return { assignments: assignmentsOut, recent };
}

export type ClientHome = Awaited<ReturnType<typeof loadClientHome>>;
