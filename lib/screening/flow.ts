import { HELPLESSNESS_ITEM_IDS } from "./helplessness";
import { PHQ2_ITEM_IDS, PHQ2_POSITIVE_AT } from "./phq2";
import { PHQ9_REMAINING_ITEM_IDS, SAFETY_ITEM_ID } from "./phq9";
import type { ScreeningAnswers } from "./schema";
import type { SectionId } from "./sections";

/**
 * Where the client goes next. "safety" and "done" are the two endings; "safety" wins
 * over everything as soon as item 9 is answered above zero, so a client at risk sees
 * crisis resources at once instead of more questions.
 */
export type ScreeningStep = SectionId | "safety" | "done";

type Key = keyof ScreeningAnswers;

function allAnswered(answers: ScreeningAnswers, ids: readonly Key[]): boolean {
  return ids.every((id) => answers[id] !== undefined);
}

export function phq2Total(answers: ScreeningAnswers): number {
  return PHQ2_ITEM_IDS.reduce((sum, id) => sum + (answers[id] ?? 0), 0);
}

export function safetyTriggered(answers: ScreeningAnswers): boolean {
  return (answers[SAFETY_ITEM_ID] ?? 0) >= 1;
}

const OTHER_IDS: readonly Key[] = [...HELPLESSNESS_ITEM_IDS, "pt_event", "pt_distress"];

export function nextStep(answersSoFar: ScreeningAnswers): ScreeningStep {
  if (safetyTriggered(answersSoFar)) return "safety";
  if (!allAnswered(answersSoFar, PHQ2_ITEM_IDS)) return "phq2";
  if (phq2Total(answersSoFar) >= PHQ2_POSITIVE_AT && !allAnswered(answersSoFar, PHQ9_REMAINING_ITEM_IDS)) {
    return "phq9";
  }
  if (!allAnswered(answersSoFar, OTHER_IDS)) return "other";
  return "done";
}

export function isFinished(step: ScreeningStep): step is "safety" | "done" {
  return step === "safety" || step === "done";
}
