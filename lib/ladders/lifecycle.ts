import type { LadderStatus } from "./types";

/**
 * Clients are assigned a specific ladder version, so a published version never
 * changes under them: editing it produces a new draft version instead.
 */
const ALLOWED: Record<LadderStatus, readonly LadderStatus[]> = {
  draft: ["published", "archived"],
  published: ["archived"],
  // Reusing an archived ladder means copying it into a new draft version.
  archived: [],
};

export function canTransition(from: LadderStatus, to: LadderStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Whether saving edits may overwrite this version or must create the next one. */
export function editCreatesNewVersion(status: LadderStatus): boolean {
  return status !== "draft";
}

/** Only published versions can be assigned; drafts are unfinished, archived are retired. */
export function isAssignable(status: LadderStatus): boolean {
  return status === "published";
}
