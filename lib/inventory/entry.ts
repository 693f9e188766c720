import { z } from "zod";
import { DOMAIN_KEYS } from "./domains";
import { RECALL_KEYS, RECALL_QUESTIONS, recallQuestion, type RecallKey, type RecallQuestion } from "./recall";
import { charCount, formatCount } from "./text-length";

/**
 * A success inventory entry. Drafts are saved after the client names the win and its
 * domain, then filled in one question at a time, so the draft schema lets answers be
 * empty while the complete schema asks for all five. Text is trimmed; nothing else is
 * changed, because these are the client's own words and are quoted back to them.
 */

export const ENTRY_TITLE_MAX = 120;

function capped(max: number, notText: string, tooLong: (max: number, count: number) => string) {
  return z
    .string({ error: notText })
    .trim()
    .superRefine((value, ctx) => {
      const count = charCount(value);
      if (count > max) ctx.addIssue({ code: "custom", message: tooLong(max, count) });
    });
}

export function answerTooLongMessage(max: number, count: number): string {
  return `Keep this answer under ${formatCount(max)} characters (you have ${formatCount(count)})`;
}

function titleTooLongMessage(max: number, count: number): string {
  return `Keep the title under ${formatCount(max)} characters (you have ${formatCount(count)})`;
}

export function missingAnswerMessage(question: RecallQuestion): string {
  return `Please answer: ${question.text}`;
}

const TITLE_MISSING = "Give this win a short title";
const titleSchema = capped(ENTRY_TITLE_MAX, TITLE_MISSING, titleTooLongMessage).pipe(
  z.string().min(1, { error: TITLE_MISSING }),
);

const domainSchema = z.enum(DOMAIN_KEYS, { error: "Choose the part of life this win comes from" });

function draftAnswer(question: RecallQuestion) {
  return capped(question.maxLength, "Answers must be text", answerTooLongMessage)
    .optional()
    .transform((value) => value ?? "");
}

function completeAnswer(question: RecallQuestion) {
  const missing = missingAnswerMessage(question);
  return capped(question.maxLength, missing, answerTooLongMessage).pipe(z.string().min(1, { error: missing }));
}

function answersShape<S extends z.ZodType>(field: (q: RecallQuestion) => S): Record<RecallKey, S> {
  return Object.fromEntries(RECALL_QUESTIONS.map((q) => [q.key, field(q)])) as Record<RecallKey, S>;
}

export const entryDraftSchema = z.object({
  title: titleSchema,
  domain: domainSchema,
  answers: z.object(answersShape(draftAnswer)).optional().transform((a) => a ?? emptyAnswers()),
});

export const entryCompleteSchema = z.object({
  title: titleSchema,
  domain: domainSchema,
  // A missing answers object still reports each question, so the form can point at every gap.
  answers: z.preprocess((value) => value ?? {}, z.object(answersShape(completeAnswer))),
});

/** One answer from the guided flow, which asks a single question per page. */
export const guidedAnswerSchema = z
  .object({ key: z.enum(RECALL_KEYS, { error: "That question doesn't exist" }), answer: z.unknown() })
  .transform((input, ctx) => {
    const question = recallQuestion(input.key);
    const parsed = completeAnswer(question).safeParse(input.answer);
    if (parsed.success) return { key: input.key, answer: parsed.data };
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["answer"] });
    return z.NEVER;
  });

export type EntryDraftInput = z.input<typeof entryDraftSchema>;
export type EntryDraft = z.output<typeof entryDraftSchema>;
export type SuccessEntry = z.output<typeof entryCompleteSchema>;

function emptyAnswers(): Record<RecallKey, string> {
  return { challenge: "", actions: "", obstacles: "", resources: "", feelings: "" };
}
