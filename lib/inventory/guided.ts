import type { DomainKey } from "./domains";
import { RECALL_QUESTIONS, type RecallAnswers, type RecallQuestion } from "./recall";

/**
 * One question at a time: a wall of five empty boxes invites short, generic answers,
 * while a single question gets the client's attention. The next question is the first
 * unanswered one, so a client who leaves and returns resumes where they stopped.
 */

export interface DraftState {
  title?: string | null;
  domain?: DomainKey | string | null;
  answers?: RecallAnswers | null;
}

export type GuidedStep =
  | { kind: "details" }
  | { kind: "question"; question: RecallQuestion; index: number; total: number; answered: number }
  | { kind: "complete"; total: number };

function filled(text: string | null | undefined): boolean {
  return typeof text === "string" && text.trim() !== "";
}

export function guidedStep(draft: DraftState): GuidedStep {
  if (!filled(draft.title) || !filled(draft.domain)) return { kind: "details" };
  const answers = draft.answers ?? {};
  const total = RECALL_QUESTIONS.length;
  const answered = RECALL_QUESTIONS.filter((q) => filled(answers[q.key])).length;
  const index = RECALL_QUESTIONS.findIndex((q) => !filled(answers[q.key]));
  const question = RECALL_QUESTIONS[index];
  if (!question) return { kind: "complete", total };
  return { kind: "question", question, index, total, answered };
}
