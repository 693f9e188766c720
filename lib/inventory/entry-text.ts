import { RECALL_QUESTIONS, type RecallAnswers } from "./recall";

/**
 * The entry's answers as one text for the attribution tagger, in question order,
 * one paragraph per answer. Only the client's words go in: the question wording
 * ("What specific actions did you take?") would read to the tagger as the client's
 * own attribution. The title is left out for the same reason — it is a label, not
 * an account.
 */
export function entryText(entry: { answers?: RecallAnswers | null }): string {
  const answers = entry.answers ?? {};
  return RECALL_QUESTIONS.map((q) => answers[q.key]?.trim() ?? "")
    .filter((text) => text !== "")
    .join("\n\n");
}
