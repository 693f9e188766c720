import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { attempts, ladderLevels, reflections } from "@/db/schema";
import { type Calibration, calibration } from "@/lib/practice/calibration";
import type { ConfidencePoint } from "@/lib/practice/chart";
import { type LevelStatus, levelStatus } from "@/lib/practice/progression";
import { type LevelSignal, stuckSignal, tooEasySignal } from "@/lib/practice/signals";
import type { AttemptFacts } from "@/lib/practice/types";
import { latestCommentAuthors } from "./latest-comments";
import { type AssignmentWithLadder, loadAssignments } from "./load-assignments";

/** The timeline shows this many attempts, most recent activity first; the chart and calibration use all. */
export const TIMELINE_LIMIT = 50;

export interface TimelineAttempt {
  id: string;
  assignmentId: string;
  levelTitle: string;
  status: "prepared" | "recorded";
  outcome: "success" | "setback" | null;
  confidenceBefore: number;
  confidenceAfter: number | null;
  effort: number | null;
  createdAt: Date;
  recordedAt: Date | null;
  lastActivityAt: Date;
  coachConfirmedAt: Date | null;
  reflectionText: string | null;
  /** The client has the last word in the thread: a reply for the coach to read. */
  newReply: boolean;
}

export interface AssignmentProgress extends AssignmentWithLadder {
  signals: LevelSignal[];
  /** The current level's count is met and waits for the coach's confirmation. */
  currentStatus: LevelStatus | null;
  awaitingConfirmationAttemptId: string | null;
}

/**
 * The coach's view of one client's practice: each ladder with its levels and the two
 * method signals, the attempts timeline with reflections, the confidence chart's points
 * and calibration. Six queries whatever the number of attempts.
 */
export async function loadClientProgress(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }) {
  const assignmentList = await loadAssignments(tx, { orgId, clientMembershipId });
  const rows = await tx
    .select({
      id: attempts.id,
      assignmentId: attempts.assignmentId,
      levelId: attempts.levelId,
      levelTitle: ladderLevels.title,
      status: attempts.status,
      outcome: attempts.outcome,
      confidenceBefore: attempts.confidenceBefore,
      confidenceAfter: attempts.confidenceAfter,
      effort: attempts.effort,
      createdAt: attempts.createdAt,
      recordedAt: attempts.recordedAt,
      lastActivityAt: attempts.lastActivityAt,
      coachConfirmedAt: attempts.coachConfirmedAt,
      reflectionText: reflections.text,
    })
    .from(attempts)
    .innerJoin(ladderLevels, and(eq(ladderLevels.id, attempts.levelId), eq(ladderLevels.orgId, orgId)))
    .leftJoin(reflections, and(eq(reflections.attemptId, attempts.id), eq(reflections.orgId, orgId)))
    .where(and(eq(attempts.orgId, orgId), eq(attempts.clientMembershipId, clientMembershipId)))
    .orderBy(asc(attempts.createdAt), asc(attempts.id));

  const timelineRows = [...rows]
    .sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime() || b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, TIMELINE_LIMIT);
  const latest = await latestCommentAuthors(tx, { orgId, attemptIds: timelineRows.map((row) => row.id) });
  const recorded = rows.filter((row) => row.status === "recorded" && row.outcome !== null);
  const facts = (list: typeof rows): AttemptFacts[] =>
    list.flatMap((row) =>
      row.outcome
        ? [{ outcome: row.outcome, confidenceBefore: row.confidenceBefore, confidenceAfter: row.confidenceAfter, createdAt: row.createdAt, coachConfirmed: row.coachConfirmedAt !== null, coachConfirmedAt: row.coachConfirmedAt }]
        : [],
    );

  const assignmentsOut = assignmentList.map((assignment): AssignmentProgress => {
    const own = recorded.filter((row) => row.assignmentId === assignment.id);
    const signals: LevelSignal[] = [];
    let currentStatus: LevelStatus | null = null;
    let awaitingConfirmationAttemptId: string | null = null;
    const current = assignment.currentLevel;
    if (current) {
      const onCurrent = own.filter((row) => row.levelId === current.id && row.createdAt >= assignment.currentSince);
      const easy = tooEasySignal(facts(onCurrent), current.title);
      const stuck = stuckSignal(facts(onCurrent), current.title);
      if (easy) signals.push(easy);
      if (stuck) signals.push(stuck);
      currentStatus = levelStatus({ masteryCount: current.masteryCount, coachConfirms: current.coachConfirms }, facts(onCurrent));
      if (currentStatus.state === "awaiting_coach") {
        awaitingConfirmationAttemptId = onCurrent.filter((row) => row.outcome === "success").at(-1)?.id ?? null;
      }
    }
    // A level mastered at the first try with high confidence moves on at once: the
    // too-easy signal matters most right after it, so the latest mastered level counts too.
    const lastMastered = assignment.levels.filter((level) => level.state === "mastered").sort((a, b) => (b.masteredAt?.getTime() ?? 0) - (a.masteredAt?.getTime() ?? 0))[0];
    if (lastMastered) {
      const easy = tooEasySignal(facts(own.filter((row) => row.levelId === lastMastered.id)), lastMastered.title);
      if (easy) signals.push(easy);
    }
    return { ...assignment, signals, currentStatus, awaitingConfirmationAttemptId };
  });

  const chronologicalRecorded = [...recorded].sort((a, b) => (a.recordedAt?.getTime() ?? 0) - (b.recordedAt?.getTime() ?? 0));
  const chart: ConfidencePoint[] = chronologicalRecorded.map((row) => ({
    date: row.recordedAt ?? row.createdAt,
    before: row.confidenceBefore,
    after: row.confidenceAfter,
  }));
  const calibrationResult: Calibration = calibration(facts(recorded));
  const timeline = timelineRows.map(
    ({ levelId: _levelId, ...row }): TimelineAttempt => {
      const last = latest.get(row.id);
      return { ...row, newReply: last !== undefined && last.authorMembershipId === clientMembershipId };
    },
  );
  return { assignments: assignmentsOut, timeline, totalAttempts: rows.length, chart, calibration: calibrationResult };
}

export type ClientProgress = Awaited<ReturnType<typeof loadClientProgress>>;
