import type { Option, Question } from "./types";

/**
 * Prompts for the protocol's "learned helplessness patterns" contraindication.
 *
 * NOT a validated instrument. These are our own short, neutral statements so the
 * coach has something to start a conversation from; they carry no norms, no cut-off
 * from any study, and must never be reported as a score or a diagnosis.
 *
 * Flag rule: at least 2 of the 3 statements answered "Quite like me" or
 * "Very much like me". One strong answer alone is common after a bad week; a
 * pattern across statements is what the protocol's caution is about.
 */

export const HELPLESSNESS_STEM = "How much do these statements sound like you lately?";

export type LikeMeValue = 0 | 1 | 2 | 3;

export const LIKE_ME_OPTIONS: readonly Option<LikeMeValue>[] = [
  { value: 0, label: "Not like me" },
  { value: 1, label: "A little like me" },
  { value: 2, label: "Quite like me" },
  { value: 3, label: "Very much like me" },
];

export const HELPLESSNESS_ITEM_IDS = ["lh_1", "lh_2", "lh_3"] as const;
export type HelplessnessItemId = (typeof HELPLESSNESS_ITEM_IDS)[number];

const TEXT: Record<HelplessnessItemId, string> = {
  lh_1: "When something goes wrong, I feel there is little I can do to change it.",
  lh_2: "Trying harder rarely makes a difference to how things turn out for me.",
  lh_3: "How things go for me depends more on luck or other people than on what I do.",
};

export const HELPLESSNESS_QUESTIONS: readonly Question<LikeMeValue>[] = HELPLESSNESS_ITEM_IDS.map((id) => ({
  id,
  text: TEXT[id],
  options: LIKE_ME_OPTIONS,
}));

export const HELPLESSNESS_STRONG_AT: LikeMeValue = 2;
export const HELPLESSNESS_FLAG_COUNT = 2;

export function helplessnessFlagged(answers: Partial<Record<HelplessnessItemId, LikeMeValue>>): boolean {
  const strong = HELPLESSNESS_ITEM_IDS.filter((id) => (answers[id] ?? 0) >= HELPLESSNESS_STRONG_AT);
  return strong.length >= HELPLESSNESS_FLAG_COUNT;
}
