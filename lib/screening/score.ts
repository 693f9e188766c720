import { nextStep, phq2Total, safetyTriggered } from "./flow";
import { helplessnessFlagged } from "./helplessness";
import { COACH_REFERRAL_ADVICE } from "./messages";
import { performanceTraumaFlagged } from "./performance-trauma";
import { PHQ2_POSITIVE_AT } from "./phq2";
import {
  FREQUENCY_OPTIONS,
  PHQ9_FLAG_AT,
  PHQ9_ITEM_IDS,
  phq9Severity,
  phq9SeverityLabel,
  type DifficultyValue,
  type Phq9Severity,
} from "./phq9";
import type { ScreeningAnswers } from "./schema";

export type FlagKind = "safety" | "depression" | "learned_helplessness" | "performance_trauma";

export interface ScreeningFlag {
  kind: FlagKind;
  /** Coach-facing only. */
  reasonForCoach: string;
}

export interface ScreeningResult {
  /** True once nextStep reaches "safety" or "done"; score only then for the record. */
  complete: boolean;
  phq2Total: number;
  phq2Positive: boolean;
  needsPhq9: boolean;
  /** Present only when all nine PHQ-9 items are answered. */
  phq9Total?: number;
  phq9Severity?: Phq9Severity;
  phq9Difficulty?: DifficultyValue;
  safety: boolean;
  flags: ScreeningFlag[];
  referralSuggested: boolean;
}

function frequencyLabel(value: number | undefined): string {
  return FREQUENCY_OPTIONS.find((o) => o.value === value)?.label ?? "not answered";
}

function phq9Total(answers: ScreeningAnswers): number | undefined {
  let total = 0;
  for (const id of PHQ9_ITEM_IDS) {
    const value = answers[id];
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

export function scoreScreening(answers: ScreeningAnswers): ScreeningResult {
  const phq2 = phq2Total(answers);
  const phq2Positive = phq2 >= PHQ2_POSITIVE_AT;
  const total = phq9Total(answers);
  const severity = total === undefined ? undefined : phq9Severity(total);
  const safety = safetyTriggered(answers);
  const step = nextStep(answers);

  const flags: ScreeningFlag[] = [];
  if (safety) {
    flags.push({
      kind: "safety",
      reasonForCoach:
        `PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered “${frequencyLabel(answers.phq9_9)}”. ` +
        `The client was shown crisis resources. Please check in with them soon. ${COACH_REFERRAL_ADVICE}`,
    });
  }
  if (total !== undefined && severity !== undefined && total >= PHQ9_FLAG_AT) {
    flags.push({
      kind: "depression",
      reasonForCoach:
        `PHQ-9 total ${total} (${phq9SeverityLabel(severity).toLowerCase()} range; flagged at ${PHQ9_FLAG_AT} or more). ` +
        `Little interest or pleasure in doing things: “${frequencyLabel(answers.phq9_1)}”. ` +
        `The protocol lists severe depression with anhedonia as a contraindication: past successes can be hard to reach or feel good about. ${COACH_REFERRAL_ADVICE}`,
    });
  }
  if (helplessnessFlagged(answers)) {
    flags.push({
      kind: "learned_helplessness",
      reasonForCoach:
        "At least two of the three statements about control (“little I can do”, “trying harder rarely makes a difference”, “depends more on luck or other people”) were answered “Quite like me” or stronger. " +
        "The protocol notes that a learned-helplessness pattern may need preliminary cognitive work on attributional style before mastery work is effective. " +
        `These are our own prompts, not a validated measure: use your judgement. ${COACH_REFERRAL_ADVICE}`,
    });
  }
  if (performanceTraumaFlagged(answers)) {
    const event = answers.pt_event === "prefer_not_to_say" ? "preferred not to say" : "said yes";
    flags.push({
      kind: "performance_trauma",
      reasonForCoach:
        `Asked whether something very frightening or distressing still affects them, the client ${event}; ` +
        `they feel strong distress before performing or being assessed “${answers.pt_distress === "often" ? "often" : "sometimes"}”. ` +
        "The protocol notes past performance situations may be triggering and call for a trauma-informed approach. " +
        `These are our own prompts, not a validated measure, and the client was not asked what happened. ${COACH_REFERRAL_ADVICE}`,
    });
  }

  return {
    complete: step === "safety" || step === "done",
    phq2Total: phq2,
    phq2Positive,
    needsPhq9: phq2Positive,
    ...(total !== undefined && { phq9Total: total }),
    ...(severity !== undefined && { phq9Severity: severity }),
    ...(answers.phq9_difficulty !== undefined && { phq9Difficulty: answers.phq9_difficulty }),
    safety,
    flags,
    referralSuggested: flags.length > 0,
  };
}
