import { z } from "zod";
import { HELPLESSNESS_QUESTIONS } from "./helplessness";
import { PT_DISTRESS_QUESTION, PT_EVENT_QUESTION } from "./performance-trauma";
import { PHQ9_DIFFICULTY_QUESTION, PHQ9_QUESTIONS } from "./phq9";
import type { Question } from "./types";

/**
 * Answers are one flat record keyed by question id, so each step of the server-rendered
 * form can post its own fields and the server merges them into what was kept so far.
 * Fields accept what a form posts ("2") as well as typed values; "" means unanswered.
 */

const INVALID = "Choose one of the listed answers";

function formValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function requiredMessage(question: Question<string | number>): string {
  return `Please choose an answer for: “${question.text}”`;
}

function byId(questions: readonly Question<string | number>[], id: string): Question<string | number> {
  const question = questions.find((q) => q.id === id);
  if (!question) throw new Error(`Unknown screening question ${id}`);
  return question;
}

function choice<const V extends string | number>(question: Question<V>) {
  const values = question.options.map((option) => option.value) as [V, ...V[]];
  return z.literal(values, {
    error: (issue) => (issue.input === undefined ? requiredMessage(question) : INVALID),
  });
}

function required<const V extends string | number>(question: Question<V>) {
  return z.preprocess(formValue, choice(question));
}

function optional<const V extends string | number>(question: Question<V>) {
  return z.preprocess(formValue, choice(question).optional());
}

const phq = (n: number) => byId(PHQ9_QUESTIONS, `phq9_${n}`) as Question<0 | 1 | 2 | 3>;
const lh = (n: number) => byId(HELPLESSNESS_QUESTIONS, `lh_${n}`) as Question<0 | 1 | 2 | 3>;

export const phq2SectionSchema = z.object({
  phq9_1: required(phq(1)),
  phq9_2: required(phq(2)),
});

/** The difficulty question is optional: its own wording says "If you checked off any problems". */
export const phq9SectionSchema = z.object({
  phq9_3: required(phq(3)),
  phq9_4: required(phq(4)),
  phq9_5: required(phq(5)),
  phq9_6: required(phq(6)),
  phq9_7: required(phq(7)),
  phq9_8: required(phq(8)),
  phq9_9: required(phq(9)),
  phq9_difficulty: optional(PHQ9_DIFFICULTY_QUESTION),
});

export const otherSectionSchema = z.object({
  lh_1: required(lh(1)),
  lh_2: required(lh(2)),
  lh_3: required(lh(3)),
  pt_event: required(PT_EVENT_QUESTION),
  pt_distress: required(PT_DISTRESS_QUESTION),
});

/** Everything answered so far; any field may be missing, but a present one must be valid. */
export const screeningAnswersSchema = z.object({
  phq9_1: optional(phq(1)),
  phq9_2: optional(phq(2)),
  phq9_3: optional(phq(3)),
  phq9_4: optional(phq(4)),
  phq9_5: optional(phq(5)),
  phq9_6: optional(phq(6)),
  phq9_7: optional(phq(7)),
  phq9_8: optional(phq(8)),
  phq9_9: optional(phq(9)),
  phq9_difficulty: optional(PHQ9_DIFFICULTY_QUESTION),
  lh_1: optional(lh(1)),
  lh_2: optional(lh(2)),
  lh_3: optional(lh(3)),
  pt_event: optional(PT_EVENT_QUESTION),
  pt_distress: optional(PT_DISTRESS_QUESTION),
});

export type ScreeningAnswers = z.output<typeof screeningAnswersSchema>;
export type Phq2SectionAnswers = z.output<typeof phq2SectionSchema>;
export type Phq9SectionAnswers = z.output<typeof phq9SectionSchema>;
export type OtherSectionAnswers = z.output<typeof otherSectionSchema>;

