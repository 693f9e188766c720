import { chronological, type AttemptFacts } from "./types";

/**
 * The two progression signals from the method's cautions: too-easy successes
 * build fragile confidence (step up), and repeated setbacks call for a smaller
 * step (controlled struggle, not overwhelm). They advise the coach; they never
 * change the ladder on their own.
 */

export const TOO_EASY_CONFIDENCE = 90;
export const STUCK_SETBACKS = 3;

export type LevelSignalKind = "too_easy" | "stuck";

export interface LevelSignal {
  kind: LevelSignalKind;
  message: string;
}

function named(levelTitle?: string): string {
  return levelTitle ? `“${levelTitle}”` : "this level";
}

/** First attempt on the level was a success and the client was already ≥ 90% sure. */
export function tooEasySignal(attempts: readonly AttemptFacts[], levelTitle?: string): LevelSignal | null {
  const first = chronological(attempts)[0];
  if (!first || first.outcome !== "success") return null;
  if (first.confidenceBefore === null || first.confidenceBefore < TOO_EASY_CONFIDENCE) return null;
  return {
    kind: "too_easy",
    message:
      `Progressive challenge: consider stepping up. ${named(levelTitle)} succeeded at the first try ` +
      `with confidence ${first.confidenceBefore} before starting. Successes that take little effort build fragile ` +
      `confidence; the next level, or a harder version of this one, should be achievable but require effort.`,
  };
}

/** The most recent three attempts on the level are all setbacks. */
export function stuckSignal(attempts: readonly AttemptFacts[], levelTitle?: string): LevelSignal | null {
  const recent = chronological(attempts).slice(-STUCK_SETBACKS);
  if (recent.length < STUCK_SETBACKS || recent.some((attempt) => attempt.outcome !== "setback")) return null;
  return {
    kind: "stuck",
    message:
      `Controlled struggle: consider adding an intermediate step. The last ${STUCK_SETBACKS} attempts on ` +
      `${named(levelTitle)} were setbacks. A smaller step between the last mastered level and this one gives ` +
      `the client a challenge they can succeed at, and reframes these setbacks as information, not a verdict.`,
  };
}

export function levelSignals(attempts: readonly AttemptFacts[], levelTitle?: string): LevelSignal[] {
  return [tooEasySignal(attempts, levelTitle), stuckSignal(attempts, levelTitle)].filter(
    (signal): signal is LevelSignal => signal !== null,
  );
}
