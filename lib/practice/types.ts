/** Facts about attempts, as the practice rules need them (no storage concerns). */

export type Outcome = "success" | "setback";

export interface AttemptFacts {
  outcome: Outcome;
  /** 0–100, "How sure are you that you can do this?"; null if not recorded. */
  confidenceBefore: number | null;
  /** 0–100 after the attempt; null if not recorded. */
  confidenceAfter: number | null;
  createdAt: Date;
  /** The coach confirmed this attempt as genuine mastery. */
  coachConfirmed: boolean;
  /** When the coach confirmed; lets masteredAt reflect the confirmation, not the attempt. */
  coachConfirmedAt?: Date | null;
}

/** An attempt tied to the ladder level it was made on. */
export interface LevelAttemptFacts extends AttemptFacts {
  levelId: string;
}

/** Oldest first; ties keep their given order so results are deterministic. */
export function chronological<T extends { createdAt: Date }>(attempts: readonly T[]): T[] {
  return attempts
    .map((attempt, index) => ({ attempt, index }))
    .sort((a, b) => a.attempt.createdAt.getTime() - b.attempt.createdAt.getTime() || a.index - b.index)
    .map(({ attempt }) => attempt);
}
