import { z } from "zod";
import { isCalendarDate } from "./calendar-date";
import { charCount, formatCount } from "./text-length";

/**
 * A wins-journal entry: one small win, said briefly. The cap keeps entries quick to
 * write and quick to reread before a challenge. The date may be left blank (it then
 * means today) because most wins are written down the day they happen.
 */

export const JOURNAL_TEXT_MAX = 280;

export const JOURNAL_MESSAGES = {
  textMissing: "Write a few words about your win",
  textTooLong: (count: number) =>
    `Keep your win to ${formatCount(JOURNAL_TEXT_MAX)} characters (you have ${formatCount(count)})`,
  dateInvalid: "Enter a real date, like 2026-03-14",
  dateInFuture: "The date can't be later than today",
} as const;

/** `today` is the client's current calendar date, "YYYY-MM-DD" (see calendarDateIn). */
export function journalEntrySchema(today: string) {
  if (!isCalendarDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date, got "${today}"`);
  return z.object({
    text: z
      .string({ error: JOURNAL_MESSAGES.textMissing })
      .trim()
      .min(1, { error: JOURNAL_MESSAGES.textMissing })
      .superRefine((value, ctx) => {
        const count = charCount(value);
        if (count > JOURNAL_TEXT_MAX) ctx.addIssue({ code: "custom", message: JOURNAL_MESSAGES.textTooLong(count) });
      }),
    date: z
      .preprocess(
        (value) => (value == null || (typeof value === "string" && value.trim() === "") ? today : value),
        z.string({ error: JOURNAL_MESSAGES.dateInvalid }).trim(),
      )
      .superRefine((date, ctx) => {
        if (!isCalendarDate(date)) ctx.addIssue({ code: "custom", message: JOURNAL_MESSAGES.dateInvalid });
        else if (date > today) ctx.addIssue({ code: "custom", message: JOURNAL_MESSAGES.dateInFuture });
      }),
  });
}

export type JournalEntryInput = z.input<ReturnType<typeof journalEntrySchema>>;
export type JournalEntry = z.output<ReturnType<typeof journalEntrySchema>>;
