/**
 * The five recall questions of Phase 1, Step 2, in the protocol's wording and order.
 * Order matters: describing the challenge first makes the later answers about what
 * the client did concrete rather than generic.
 */

export const RECALL_KEYS = ["challenge", "actions", "obstacles", "resources", "feelings"] as const;
export type RecallKey = (typeof RECALL_KEYS)[number];

export interface RecallQuestion {
  key: RecallKey;
  text: string;
  maxLength: number;
}

/** Long enough for a real story, short enough that the reader (coach, tagger) stays with it. */
export const RECALL_ANSWER_MAX = 2000;

export const RECALL_QUESTIONS: readonly RecallQuestion[] = [
  { key: "challenge", text: "Describe what made this challenging", maxLength: RECALL_ANSWER_MAX },
  { key: "actions", text: "What specific actions did you take?", maxLength: RECALL_ANSWER_MAX },
  { key: "obstacles", text: "What obstacles did you overcome?", maxLength: RECALL_ANSWER_MAX },
  { key: "resources", text: "What internal resources did you draw upon?", maxLength: RECALL_ANSWER_MAX },
  { key: "feelings", text: "How did you feel during and after success?", maxLength: RECALL_ANSWER_MAX },
];

export function recallQuestion(key: RecallKey): RecallQuestion {
  const question = RECALL_QUESTIONS.find((q) => q.key === key);
  if (!question) throw new Error(`Unknown recall question ${key}`);
  return question;
}

export type RecallAnswers = Partial<Record<RecallKey, string>>;
