import type { AttemptFacts, LevelAttemptFacts, Outcome } from "@/lib/practice/types";

const BASE = Date.UTC(2026, 0, 5, 9, 0, 0); // Monday 5 January 2026, 09:00 UTC

/** Attempt `day` days after the base date; confidence defaults to 60 → 70. */
export function attempt(outcome: Outcome, day: number, overrides: Partial<AttemptFacts> = {}): AttemptFacts {
  return {
    outcome,
    confidenceBefore: 60,
    confidenceAfter: 70,
    createdAt: new Date(BASE + day * 24 * 60 * 60 * 1000),
    coachConfirmed: false,
    ...overrides,
  };
}

export function onLevel(levelId: string, outcome: Outcome, day: number, overrides: Partial<AttemptFacts> = {}): LevelAttemptFacts {
  return { ...attempt(outcome, day, overrides), levelId };
}

export function dayAt(day: number): Date {
  return new Date(BASE + day * 24 * 60 * 60 * 1000);
}
