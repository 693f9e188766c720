import type { Option, Question } from "./types";

/**
 * Prompts for the protocol's "trauma with performance anxiety" contraindication.
 *
 * NOT a validated instrument. Two short, neutral questions of our own that only
 * prompt the coach's judgement; they do not screen for PTSD and must never be
 * shown back to the client as a result. They deliberately ask nothing about what
 * happened: the coach, not a form, decides whether and how to talk about it.
 *
 * Flag rule: distress in performance situations ("Sometimes" or "Often") together
 * with a distressing experience that still affects the client ("Yes" or
 * "Prefer not to say"). "Prefer not to say" counts because declining is itself a
 * reason for the coach to go gently; it only prompts a conversation.
 */

export type EventValue = "yes" | "no" | "prefer_not_to_say";
export type DistressValue = "never" | "sometimes" | "often";

export const PT_EVENT_OPTIONS: readonly Option<EventValue>[] = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
  { value: "prefer_not_to_say", label: "Prefer not to say" },
];

export const PT_DISTRESS_OPTIONS: readonly Option<DistressValue>[] = [
  { value: "never", label: "Never or rarely" },
  { value: "sometimes", label: "Sometimes" },
  { value: "often", label: "Often" },
];

export const PT_EVENT_QUESTION: Question<EventValue> = {
  id: "pt_event",
  text: "Has something very frightening or distressing happened to you that still affects you today?",
  options: PT_EVENT_OPTIONS,
};

export const PT_DISTRESS_QUESTION: Question<DistressValue> = {
  id: "pt_distress",
  text: "When you are about to perform, present, compete or be assessed, do you feel strong distress — for example panic, freezing, or unwanted memories coming back?",
  options: PT_DISTRESS_OPTIONS,
};

export const PERFORMANCE_TRAUMA_QUESTIONS = [PT_EVENT_QUESTION, PT_DISTRESS_QUESTION] as const;

export function performanceTraumaFlagged(answers: { pt_event?: EventValue; pt_distress?: DistressValue }): boolean {
  const distressed = answers.pt_distress === "sometimes" || answers.pt_distress === "often";
  const event = answers.pt_event === "yes" || answers.pt_event === "prefer_not_to_say";
  return distressed && event;
}
