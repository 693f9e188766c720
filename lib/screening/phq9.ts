import type { Option, Question } from "./types";

/**
 * PHQ-9, worded exactly as on the published form.
 *
 * Source: Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression
 * severity measure. J Gen Intern Med 2001;16:606-13.
 * Form footer (phqscreeners.com): "Developed by Drs. Robert L. Spitzer, Janet B.W.
 * Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.
 * No permission required to reproduce, translate, display or distribute."
 */

export const PHQ_STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

export type FrequencyValue = 0 | 1 | 2 | 3;

export const FREQUENCY_OPTIONS: readonly Option<FrequencyValue>[] = [
  { value: 0, label: "Not at all" },
  { value: 1, label: "Several days" },
  { value: 2, label: "More than half the days" },
  { value: 3, label: "Nearly every day" },
];

export const PHQ9_ITEM_IDS = [
  "phq9_1",
  "phq9_2",
  "phq9_3",
  "phq9_4",
  "phq9_5",
  "phq9_6",
  "phq9_7",
  "phq9_8",
  "phq9_9",
] as const;
export type Phq9ItemId = (typeof PHQ9_ITEM_IDS)[number];

const PHQ9_TEXT: Record<Phq9ItemId, string> = {
  phq9_1: "Little interest or pleasure in doing things",
  phq9_2: "Feeling down, depressed, or hopeless",
  phq9_3: "Trouble falling or staying asleep, or sleeping too much",
  phq9_4: "Feeling tired or having little energy",
  phq9_5: "Poor appetite or overeating",
  phq9_6: "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
  phq9_7: "Trouble concentrating on things, such as reading the newspaper or watching television",
  phq9_8:
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
  phq9_9: "Thoughts that you would be better off dead or of hurting yourself in some way",
};

export const PHQ9_QUESTIONS: readonly Question<FrequencyValue>[] = PHQ9_ITEM_IDS.map((id) => ({
  id,
  text: PHQ9_TEXT[id],
  options: FREQUENCY_OPTIONS,
}));

/** Items 1–2 are the PHQ-2 and are answered first; the PHQ-9 page asks only the rest. */
export const PHQ9_REMAINING_ITEM_IDS = PHQ9_ITEM_IDS.slice(2);
export const PHQ9_REMAINING_QUESTIONS = PHQ9_QUESTIONS.slice(2);

/** Item 9 asks about self-harm; any answer above "Not at all" is a safety matter whatever the total. */
export const SAFETY_ITEM_ID = "phq9_9" satisfies Phq9ItemId;

export type DifficultyValue = 0 | 1 | 2 | 3;

/** Not part of the total; it tells the coach how much the problems get in the way. */
export const PHQ9_DIFFICULTY_QUESTION: Question<DifficultyValue> = {
  id: "phq9_difficulty",
  text: "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
  options: [
    { value: 0, label: "Not difficult at all" },
    { value: 1, label: "Somewhat difficult" },
    { value: 2, label: "Very difficult" },
    { value: 3, label: "Extremely difficult" },
  ],
};

/** Kroenke 2001: a total of 10 or more had 88% sensitivity and 88% specificity for major depression. */
export const PHQ9_FLAG_AT = 10;

export type Phq9Severity = "none_minimal" | "mild" | "moderate" | "moderately_severe" | "severe";

/** Kroenke 2001 severity bands; 5, 10, 15 and 20 are the lower edges. */
export const PHQ9_SEVERITY_BANDS: readonly { severity: Phq9Severity; min: number; max: number; label: string }[] = [
  { severity: "none_minimal", min: 0, max: 4, label: "None–minimal" },
  { severity: "mild", min: 5, max: 9, label: "Mild" },
  { severity: "moderate", min: 10, max: 14, label: "Moderate" },
  { severity: "moderately_severe", min: 15, max: 19, label: "Moderately severe" },
  { severity: "severe", min: 20, max: 27, label: "Severe" },
];

export function phq9Severity(total: number): Phq9Severity {
  const band = PHQ9_SEVERITY_BANDS.find((b) => total >= b.min && total <= b.max);
  if (!band) throw new RangeError(`PHQ-9 total must be 0–27, got ${total}`);
  return band.severity;
}

/** For the coach's view only; the client never sees a severity. */
export function phq9SeverityLabel(severity: Phq9Severity): string {
  return PHQ9_SEVERITY_BANDS.find((b) => b.severity === severity)?.label ?? severity;
}
