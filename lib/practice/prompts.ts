import type { Outcome } from "./types";

/**
 * Reflection prompts after an attempt, in the protocol's wording (Phase 3:
 * success reflection and obstacle reframing). Prompt ids are stable so stored
 * answers stay tied to their question when the wording is refined.
 */

export interface ReflectionPrompt {
  id: string;
  text: string;
}

export interface ReflectionPrompts {
  outcome: Outcome;
  heading: string;
  intro: string;
  questions: ReflectionPrompt[];
  /** Shown after the questions; for setbacks, the reframe the method insists on. */
  reminder: string;
}

export interface ReflectionContext {
  /** The last level the client mastered, cited as evidence of capability. */
  previousLevelTitle?: string | null;
}

export const SUCCESS_QUESTIONS: readonly ReflectionPrompt[] = [
  { id: "success.actions", text: "What did you do that led to this success?" },
  { id: "success.capabilities", text: "What does this success reveal about your capabilities?" },
  { id: "success.past_mastery", text: "How does this success relate to past mastery experiences?" },
  { id: "success.i_can", text: "Complete the sentence: “I am someone who can…”" },
];

export const SETBACK_QUESTIONS: readonly ReflectionPrompt[] = [
  { id: "setback.learned", text: "What did you learn from this attempt?" },
  { id: "setback.adjust", text: "What would you adjust next time?" },
  {
    id: "setback.controllable",
    text: "Which part was within your control (your preparation, your effort, your strategy), and what will you change there?",
  },
];

export function reflectionPrompts(outcome: Outcome, context: ReflectionContext = {}): ReflectionPrompts {
  if (outcome === "success") {
    return {
      outcome,
      heading: "Reflect on this success",
      intro: "This success didn't happen by accident. Take a few minutes to name what you did.",
      questions: [...SUCCESS_QUESTIONS],
      reminder: "Because you succeeded here, you have evidence to draw on for the next level.",
    };
  }
  const questions = [...SETBACK_QUESTIONS];
  if (context.previousLevelTitle) {
    // Progression step: reference the earlier mastered level as evidence of capability.
    questions.push({
      id: "setback.previous_mastery",
      text: `You mastered “${context.previousLevelTitle}”. What did you do there that you can bring to this level?`,
    });
  }
  return {
    outcome,
    heading: "Learn from this attempt",
    intro: "This is information, not a verdict on your capability.",
    questions,
    reminder:
      "Setbacks are part of progressive challenge. Treat this one as a learning opportunity: what you adjust now shapes your next attempt.",
  };
}
