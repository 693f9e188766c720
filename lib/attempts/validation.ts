import { z } from "zod";
import { EFFORT_SCALE_MAX } from "@/lib/practice/acknowledgement";
import { REFLECTION_MAX_CHARS } from "@/lib/practice/reflection-answers";
import { isUuid } from "./ids";

export const CONFIDENCE_MESSAGE = "Rate your confidence from 0 to 100.";
export const COMMENT_MAX_CHARS = 5_000;
export const PLANNED_WHERE_MAX_CHARS = 200;

/** A whole number 0–100 typed into a form: "", "abc", "101" and "12.5" are all refused with one message. */
export const confidenceSchema = z
  .string({ error: CONFIDENCE_MESSAGE })
  .trim()
  .regex(/^\d{1,3}$/, CONFIDENCE_MESSAGE)
  .transform(Number)
  .refine((value) => value >= 0 && value <= 100, CONFIDENCE_MESSAGE);

const uuidSchema = z.string().refine(isUuid, "Reload the page and try again.");

export const prepareAttemptSchema = z.object({
  clientKey: uuidSchema,
  levelId: uuidSchema,
  confidenceBefore: confidenceSchema,
  plannedAt: z.string().trim().max(20).optional().default(""),
  plannedWhere: z
    .string()
    .trim()
    .max(PLANNED_WHERE_MAX_CHARS, `Keep "Where" to ${PLANNED_WHERE_MAX_CHARS} characters or fewer.`)
    .optional()
    .default(""),
});

export const recordAttemptSchema = z.object({
  levelId: uuidSchema,
  outcome: z.enum(["success", "setback"], { error: "Choose Success or Setback." }),
  confidenceAfter: confidenceSchema,
  effort: z
    .string({ error: "Choose how much effort it took." })
    .regex(/^\d$/, "Choose how much effort it took.")
    .transform(Number)
    .refine((value) => value >= 1 && value <= EFFORT_SCALE_MAX, "Choose how much effort it took."),
});

export const EMPTY_REFLECTION_MESSAGE = "Write your reflection: answer at least one of the questions in your own words.";

export function reflectionTooLongMessage(length: number): string {
  return `Your reflection is ${length.toLocaleString("en-US")} characters long; keep it to ${REFLECTION_MAX_CHARS.toLocaleString("en-US")} or fewer.`;
}

export const commentSchema = z.object({
  clientKey: uuidSchema,
  body: z
    .string()
    .trim()
    .min(1, "Write a comment before sending.")
    .max(COMMENT_MAX_CHARS, `Keep a comment to ${COMMENT_MAX_CHARS.toLocaleString("en-US")} characters or fewer.`),
});
