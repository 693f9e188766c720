import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, ladderLevels, ladderVersions, levelMasteries } from "@/db/schema";

export type LevelRow = typeof ladderLevels.$inferSelect;
export type LevelPositionKind = "skipped" | "mastered" | "current" | "locked";

export interface AssignmentLevel extends LevelRow {
  position: number;
  state: LevelPositionKind;
  masteredAt: Date | null;
}

export interface AssignmentWithLadder {
  id: string;
  status: "active" | "paused" | "ended" | "completed";
  ladderTitle: string;
  ladderSkill: string;
  currentLevelId: string | null;
  currentSince: Date;
  startPosition: number;
  cadencePerWeek: number | null;
  dueOn: string | null;
  createdAt: Date;
  completedAt: Date | null;
  levels: AssignmentLevel[];
  currentLevel: AssignmentLevel | null;
}

/**
 * A client's assignments with their ladder version's levels, each marked mastered,
 * current, locked (or skipped, below the starting level), in three queries whatever
 * the number of assignments.
 */
export async function loadAssignments(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<AssignmentWithLadder[]> {
  const rows = await tx
    .select({
      id: assignments.id,
      status: assignments.status,
      ladderVersionId: assignments.ladderVersionId,
      ladderTitle: ladderVersions.title,
      ladderSkill: ladderVersions.skill,
      currentLevelId: assignments.currentLevelId,
      currentSince: assignments.currentSince,
      startPosition: assignments.startPosition,
      cadencePerWeek: assignments.cadencePerWeek,
      dueOn: assignments.dueOn,
      createdAt: assignments.createdAt,
      completedAt: assignments.completedAt,
    })
    .from(assignments)
    .innerJoin(ladderVersions, and(eq(ladderVersions.id, assignments.ladderVersionId), eq(ladderVersions.orgId, orgId)))
    .where(and(eq(assignments.orgId, orgId), eq(assignments.clientMembershipId, clientMembershipId)))
    .orderBy(desc(assignments.createdAt));
  if (rows.length === 0) return [];

  const versionIds = [...new Set(rows.map((row) => row.ladderVersionId))];
  const [levels, masteries] = await Promise.all([
    tx
      .select()
      .from(ladderLevels)
      .where(and(eq(ladderLevels.orgId, orgId), inArray(ladderLevels.ladderVersionId, versionIds)))
      .orderBy(asc(ladderLevels.position)),
    tx
      .select({ assignmentId: levelMasteries.assignmentId, levelId: levelMasteries.levelId, masteredAt: levelMasteries.masteredAt })
      .from(levelMasteries)
      .where(and(eq(levelMasteries.orgId, orgId), inArray(levelMasteries.assignmentId, rows.map((row) => row.id)))),
  ]);

  return rows.map(({ ladderVersionId, ...row }) => {
    const own = levels.filter((level) => level.ladderVersionId === ladderVersionId);
    const masteredAt = new Map(masteries.filter((m) => m.assignmentId === row.id).map((m) => [m.levelId, m.masteredAt]));
    const currentIndex = row.currentLevelId ? own.findIndex((level) => level.id === row.currentLevelId) : own.length;
    const withState = own.map((level, index): AssignmentLevel => {
      let state: LevelPositionKind;
      if (index === currentIndex) state = "current";
      else if (masteredAt.has(level.id)) state = "mastered";
      else if (index < row.startPosition) state = "skipped";
      else if (index < currentIndex) state = "mastered";
      else state = "locked";
      return { ...level, position: index, state, masteredAt: masteredAt.get(level.id) ?? null };
    });
    return { ...row, levels: withState, currentLevel: withState.find((level) => level.state === "current") ?? null };
  });
}

/** The due date as the end of that day (UTC): an assignment due today is not overdue yet. */
export function dueAtOf(dueOn: string | null): Date | null {
  return dueOn ? new Date(`${dueOn}T23:59:59.999Z`) : null;
}
