import { screeningAnswersSchema, type ScreeningAnswers } from "./schema";

/** Answers read back from the jsonb column; anything unreadable counts as unanswered. */
export function storedAnswersOf(raw: unknown): ScreeningAnswers {
  const parsed = screeningAnswersSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}
