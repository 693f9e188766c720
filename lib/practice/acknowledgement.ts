import type { LevelState } from "./progression";
import type { Outcome } from "./types";

/**
 * The acknowledgement a client sees after logging an attempt. The method rules
 * out hollow praise: it names what the client recorded (the level, their plan,
 * their effort, how their confidence moved) so the credit goes to their own
 * actions. Built only from the inputs, so the same attempt always reads the same.
 */

export const EFFORT_SCALE_MAX = 5;
const PLAN_MAX_CHARS = 160;

export interface AcknowledgementInput {
  outcome: Outcome;
  levelTitle: string;
  /** 1–EFFORT_SCALE_MAX, "How much effort did it take?"; null if skipped. */
  effort: number | null;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  /** The client's own plan (when/where), if they made one. */
  plan?: string | null;
  /** The level's status after this attempt. */
  progress?: { state: LevelState; successes: number; required: number } | null;
  nextLevelTitle?: string | null;
  ladderComplete?: boolean;
}

export interface Acknowledgement {
  headline: string;
  lines: string[];
}

function quote(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean}”`;
}

function planLine(plan: string | null | undefined): string | null {
  if (!plan || plan.trim() === "") return null;
  return `You made a plan, ${quote(plan, PLAN_MAX_CHARS)}, and carried out the attempt.`;
}

function effortLine(outcome: Outcome, effort: number | null): string | null {
  if (effort === null || !Number.isFinite(effort)) return null;
  const rated = `You rated the effort at ${effort} of ${EFFORT_SCALE_MAX}`;
  if (outcome === "setback") return `${rated}. That practice stays with you into the next attempt.`;
  if (effort >= 4) return `${rated}: this success came from real effort you put in.`;
  if (effort === 3) return `${rated}: you put in steady effort and it carried you through.`;
  return `${rated}. If this level now feels easy, tell your coach: a bigger step will build more.`;
}

function confidenceLine(input: AcknowledgementInput): string | null {
  const { confidenceBefore: before, confidenceAfter: after, outcome } = input;
  if (before === null || after === null) return null;
  if (after > before) {
    return outcome === "success"
      ? `Your confidence went from ${before} before to ${after} after: you now have evidence of what you can do.`
      : `Your confidence went from ${before} to ${after} even after a setback: you came away knowing more.`;
  }
  if (after === before) return `Your confidence held at ${before} from before to after.`;
  return outcome === "success"
    ? `Your confidence moved from ${before} to ${after}. The result is evidence of what you did, whatever the feeling says.`
    : `Your confidence moved from ${before} to ${after}. After a setback that is understandable; it reflects this attempt, not your capability.`;
}

function attemptsWord(count: number): string {
  return `${count} successful attempt${count === 1 ? "" : "s"}`;
}

function progressLine(input: AcknowledgementInput): string | null {
  const { progress, outcome } = input;
  if (input.ladderComplete) return "That completes the ladder: you have mastered every level through your own practice.";
  if (!progress) return null;
  if (progress.state === "mastered") {
    return input.nextLevelTitle
      ? `You have mastered this level. Next: “${input.nextLevelTitle}”. Bring the same preparation you used here.`
      : "You have mastered this level.";
  }
  if (progress.state === "awaiting_coach") {
    return `You have reached the ${attemptsWord(progress.required)} this level asks for; your coach will confirm it with you.`;
  }
  if (outcome === "setback") {
    return progress.successes > 0
      ? `The successes you already have on this level still count: ${progress.successes} of ${progress.required}.`
      : null;
  }
  return `That is ${progress.successes} of ${progress.required} successful attempts needed to master this level.`;
}

export function acknowledgement(input: AcknowledgementInput): Acknowledgement {
  const title = quote(input.levelTitle, 120);
  const headline =
    input.outcome === "success"
      ? `You succeeded at ${title}.`
      : `You attempted ${title}. This is information, not a verdict on your capability.`;
  const lines = [planLine(input.plan), effortLine(input.outcome, input.effort), confidenceLine(input), progressLine(input)];
  if (input.outcome === "setback") lines.push("Next: what did you learn, and what would you adjust next time?");
  return { headline, lines: lines.filter((line): line is string => line !== null) };
}
