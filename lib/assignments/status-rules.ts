/** What a coach may do to an assignment, and the states each action starts from. */
export type AssignmentStatus = "active" | "paused" | "ended" | "completed";
export type AssignmentAction = "pause" | "resume" | "end";

const TRANSITIONS: Record<AssignmentAction, { from: readonly AssignmentStatus[]; to: AssignmentStatus }> = {
  pause: { from: ["active"], to: "paused" },
  resume: { from: ["paused"], to: "active" },
  // Ending is final: a client who should practise again gets a fresh assignment.
  end: { from: ["active", "paused"], to: "ended" },
};

export function transitionFor(action: AssignmentAction): { from: readonly AssignmentStatus[]; to: AssignmentStatus } {
  return TRANSITIONS[action];
}

export function allowedActions(status: AssignmentStatus): AssignmentAction[] {
  return (Object.keys(TRANSITIONS) as AssignmentAction[]).filter((action) => TRANSITIONS[action].from.includes(status));
}

/** Active and paused assignments hold the client's place on a ladder: one at a time per ladder. */
export const OPEN_STATUSES = ["active", "paused"] as const satisfies readonly AssignmentStatus[];

export function isOpen(status: AssignmentStatus): boolean {
  return (OPEN_STATUSES as readonly AssignmentStatus[]).includes(status);
}

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  active: "Active",
  paused: "Paused",
  ended: "Ended",
  completed: "Completed",
};

/**
 * Moving a client to a new version keeps their place by position: level 3 stays level 3,
 * or the new last level when the new version is shorter.
 */
export function mapPosition(position: number, levelCount: number): number {
  if (levelCount <= 0) throw new Error("A ladder version has no levels");
  return Math.min(Math.max(position, 0), levelCount - 1);
}
