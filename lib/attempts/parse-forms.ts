import type { FormState } from "@/lib/validation/form";
import { fieldErrorsOf } from "@/lib/validation/form";
import { reflectionPrompts } from "@/lib/practice/prompts";
import { REFLECTION_MAX_CHARS, pickAnswers, reflectionText } from "@/lib/practice/reflection-answers";
import { wallTimeToDate } from "@/lib/practice/wall-time";
import { EMPTY_REFLECTION_MESSAGE, prepareAttemptSchema, recordAttemptSchema, reflectionTooLongMessage } from "./validation";

/** Form fields for the reflection answers are named after the prompt ids with this prefix. */
export const ANSWER_FIELD_PREFIX = "answer:";

export function answerField(promptId: string): string {
  return `${ANSWER_FIELD_PREFIX}${promptId}`;
}

type Raw = Record<string, string>;
type Rejected = { ok: false; state: FormState };

/** Every string field of a submitted form, so a rejected form can be re-rendered as typed. */
export function formStrings(formData: FormData): Raw {
  const values: Raw = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

export function parsePrepareForm(values: Raw, timeZone: string) {
  const parsed = prepareAttemptSchema.safeParse(values);
  if (!parsed.success) return { ok: false, state: { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values } } satisfies Rejected;
  let plannedAt: Date | null = null;
  if (parsed.data.plannedAt) {
    plannedAt = wallTimeToDate(parsed.data.plannedAt, timeZone);
    if (!plannedAt) return { ok: false, state: { ok: false, fieldErrors: { plannedAt: "Pick a date and time, or leave “When” empty." }, values } } satisfies Rejected;
  }
  return {
    ok: true as const,
    data: { ...parsed.data, plannedAt, plannedWhere: parsed.data.plannedWhere || null },
  };
}

/**
 * The record-and-reflect form: outcome, confidence after, effort, and the answers to the
 * chosen outcome's prompts, joined into the reflection text. Any problem comes back with
 * everything the client typed.
 */
export function parseRecordForm(values: Raw, context: { previousLevelTitle?: string | null } = {}) {
  const parsed = recordAttemptSchema.safeParse(values);
  const fieldErrors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const outcome = values.outcome === "setback" ? "setback" : values.outcome === "success" ? "success" : null;
  let text = "";
  let answers: Record<string, string> = {};
  if (outcome) {
    const prompts = reflectionPrompts(outcome, context).questions;
    const raw: Record<string, string> = {};
    for (const prompt of prompts) raw[prompt.id] = values[answerField(prompt.id)] ?? "";
    answers = pickAnswers(prompts, raw);
    text = reflectionText(prompts, answers);
    if (text === "") fieldErrors.reflection = EMPTY_REFLECTION_MESSAGE;
    else if (text.length > REFLECTION_MAX_CHARS) fieldErrors.reflection = reflectionTooLongMessage(text.length);
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { ok: false, state: { ok: false, message: "Check the highlighted answers: nothing you wrote has been lost.", fieldErrors, values } } satisfies Rejected;
  }
  return { ok: true as const, data: { ...parsed.data, text, answers } };
}
