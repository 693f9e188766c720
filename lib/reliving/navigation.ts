import { RELIVING_STEPS, type RelivingStage } from "./script";
import type { ScriptStep } from "./types";

/**
 * Step navigation for a paced script, one step per page. Indexes come from URLs, so
 * anything that is not a whole number in range has no step rather than a wrong one.
 * Each function takes the script, defaulting to the reliving script, so the
 * visualization pages use the same navigation.
 */

function inRange(index: number, steps: readonly unknown[]): boolean {
  return Number.isInteger(index) && index >= 0 && index < steps.length;
}

export function stepAt(index: number): ScriptStep<RelivingStage> | undefined;
export function stepAt<S extends ScriptStep>(index: number, steps: readonly S[]): S | undefined;
export function stepAt(index: number, steps: readonly ScriptStep[] = RELIVING_STEPS): ScriptStep | undefined {
  return inRange(index, steps) ? steps[index] : undefined;
}

/** null on the last step: the page shows "Finish" instead of "Next". */
export function nextStepIndex(index: number, steps: readonly ScriptStep[] = RELIVING_STEPS): number | null {
  return inRange(index, steps) && index + 1 < steps.length ? index + 1 : null;
}

/** null on the first step. */
export function prevStepIndex(index: number, steps: readonly ScriptStep[] = RELIVING_STEPS): number | null {
  return inRange(index, steps) && index > 0 ? index - 1 : null;
}

/** A query-string value as a step index; anything unusable starts at the beginning. */
export function parseStepIndex(raw: unknown, steps: readonly ScriptStep[] = RELIVING_STEPS): number {
  const text = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : "";
  if (!/^\d+$/.test(text)) return 0;
  return Math.min(Number(text), steps.length - 1);
}

export function totalSeconds(steps: readonly ScriptStep[] = RELIVING_STEPS): number {
  return steps.reduce((sum, step) => sum + step.durationSeconds, 0);
}

/** Time left including the given step, for a "about N minutes left" hint. */
export function remainingSeconds(index: number, steps: readonly ScriptStep[] = RELIVING_STEPS): number {
  if (!inRange(index, steps)) return 0;
  return totalSeconds(steps.slice(index));
}
