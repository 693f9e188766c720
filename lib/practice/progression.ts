import type { MasteryRule } from "../ladders/types";
import { chronological, type AttemptFacts, type LevelAttemptFacts } from "./types";

export type LevelState = "in_progress" | "awaiting_coach" | "mastered";

export interface LevelStatus {
  state: LevelState;
  successes: number;
  required: number;
  /** Successes still needed; 0 once the count is met (even if awaiting the coach). */
  remaining: number;
  masteredAt: Date | null;
}

/**
 * A level is mastered after `masteryCount` successes. When the coach confirms,
 * the confirmation must be on a success at or after the one that met the count:
 * confirming an early success is not confirming mastery.
 */
export function levelStatus(rule: MasteryRule, attempts: readonly AttemptFacts[]): LevelStatus {
  const required = Math.max(1, Math.floor(rule.masteryCount));
  const successes = chronological(attempts).filter((attempt) => attempt.outcome === "success");
  const remaining = Math.max(0, required - successes.length);
  const base = { successes: successes.length, required, remaining };

  const countMet = successes[required - 1];
  if (!countMet) return { ...base, state: "in_progress", masteredAt: null };
  if (!rule.coachConfirms) return { ...base, state: "mastered", masteredAt: countMet.createdAt };

  const confirmed = successes.slice(required - 1).find((attempt) => attempt.coachConfirmed);
  if (!confirmed) return { ...base, state: "awaiting_coach", masteredAt: null };
  return { ...base, state: "mastered", masteredAt: confirmed.coachConfirmedAt ?? confirmed.createdAt };
}

export interface LadderLevel {
  id: string;
  title?: string;
  mastery: MasteryRule;
}

export interface LadderProgressInput {
  levels: readonly LadderLevel[];
  attempts: readonly LevelAttemptFacts[];
  /** The stored current level; a value ≥ levels.length means the ladder was completed. */
  currentIndex: number;
  /** Where the coach started the client; earlier levels are skipped, not mastered. */
  startIndex?: number;
  /**
   * When the current level became current. Attempts on it before then are ignored,
   * so moving a client back a level does not re-master it from old attempts.
   */
  currentSince?: Date | null;
}

export type LevelPosition = "skipped" | "mastered" | "current" | "locked";

export interface LadderLevelView {
  id: string;
  index: number;
  position: LevelPosition;
}

export interface LadderProgress {
  /** Index of the level the client works on; the last level once complete. */
  currentIndex: number;
  complete: boolean;
  /** The current level moved on as a result of this evaluation. */
  advanced: boolean;
  /** Status of the current level (after any advance); null when complete. */
  current: LevelStatus | null;
  /** When the evaluated level was mastered (it was, if `advanced` or `complete`); otherwise null. */
  masteredAt: Date | null;
  levels: LadderLevelView[];
}

function clampIndex(index: number, length: number): number {
  return Math.min(Math.max(0, Math.floor(index)), length);
}

function attemptsOnCurrent(input: LadderProgressInput, level: LadderLevel): LevelAttemptFacts[] {
  const since = input.currentSince?.getTime();
  return input.attempts.filter(
    (attempt) => attempt.levelId === level.id && (since === undefined || attempt.createdAt.getTime() >= since),
  );
}

function positions(ids: readonly string[], currentIndex: number, startIndex: number, complete: boolean) {
  return ids.map((id, index): LadderLevelView => {
    let position: LevelPosition;
    if (index < startIndex) position = "skipped";
    else if (complete || index < currentIndex) position = "mastered";
    else if (index === currentIndex) position = "current";
    else position = "locked";
    return { id, index, position };
  });
}

/**
 * The ladder's next state after an attempt (or a coach confirmation) is recorded.
 * Only attempts on the current level count. It advances at most one level per
 * call: a level the client has not yet worked on as current starts fresh, so
 * the caller should persist `currentIndex` and set `currentSince` to now when
 * `advanced` is true.
 */
export function advanceAfterAttempt(input: LadderProgressInput): LadderProgress {
  const { levels } = input;
  const ids = levels.map((level) => level.id);
  const startIndex = clampIndex(input.startIndex ?? 0, Math.max(0, levels.length - 1));
  const storedIndex = Math.max(clampIndex(input.currentIndex, levels.length), startIndex);
  const lastIndex = levels.length - 1;

  const level = levels[storedIndex];
  if (!level) {
    return {
      currentIndex: Math.max(0, lastIndex),
      complete: levels.length > 0,
      advanced: false,
      current: null,
      masteredAt: null,
      levels: positions(ids, lastIndex, startIndex, levels.length > 0),
    };
  }

  const status = levelStatus(level.mastery, attemptsOnCurrent(input, level));
  if (status.state !== "mastered") {
    return {
      currentIndex: storedIndex,
      complete: false,
      advanced: false,
      current: status,
      masteredAt: null,
      levels: positions(ids, storedIndex, startIndex, false),
    };
  }

  const next = levels[storedIndex + 1];
  if (!next) {
    return {
      currentIndex: storedIndex,
      complete: true,
      advanced: false,
      current: null,
      masteredAt: status.masteredAt,
      levels: positions(ids, storedIndex, startIndex, true),
    };
  }
  return {
    currentIndex: storedIndex + 1,
    complete: false,
    advanced: true,
    current: levelStatus(next.mastery, []),
    masteredAt: status.masteredAt,
    levels: positions(ids, storedIndex + 1, startIndex, false),
  };
}
