import type { ReflectionPrompt } from "./prompts";

/**
 * A reflection written prompt by prompt: the answers are kept by prompt id (so a coach
 * reads each under its question) and joined into one text for the attribution tagger,
 * which reads the client's words, not our questions.
 */

export const REFLECTION_MAX_CHARS = 10_000;

/** The non-empty answers to these prompts, trimmed, by prompt id; answers to other ids are dropped. */
export function pickAnswers(prompts: readonly ReflectionPrompt[], raw: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const prompt of prompts) {
    const answer = raw[prompt.id]?.trim();
    if (answer) answers[prompt.id] = answer;
  }
  return answers;
}

/** The answers in the prompts' order, one paragraph each. */
export function reflectionText(prompts: readonly ReflectionPrompt[], answers: Readonly<Record<string, string>>): string {
  return prompts
    .map((prompt) => answers[prompt.id]?.trim() ?? "")
    .filter((answer) => answer !== "")
    .join("\n\n");
}
