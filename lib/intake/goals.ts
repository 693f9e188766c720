import { z } from "zod";
import { charCount, formatCount } from "@/lib/inventory/text-length";

/** The client's goals in their own words: what they want to be able to do. */
export const GOALS_MAX = 1000;

export const GOALS_MESSAGES = {
  missing: "Write a sentence or two about what you'd like to work on",
  tooLong: (count: number) => `Keep your goals under ${formatCount(GOALS_MAX)} characters (you have ${formatCount(count)})`,
} as const;

export const goalsSchema = z.object({
  goals: z
    .string({ error: GOALS_MESSAGES.missing })
    .trim()
    .min(1, { error: GOALS_MESSAGES.missing })
    .superRefine((value, ctx) => {
      const count = charCount(value);
      if (count > GOALS_MAX) ctx.addIssue({ code: "custom", message: GOALS_MESSAGES.tooLong(count) });
    }),
});
