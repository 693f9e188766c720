/**
 * Words people see. The client only ever sees calm, neutral messages — never a score,
 * a severity or anything that reads as a diagnosis; the coach sees the reasons.
 */

export interface ClientMessage {
  kind: "thank_you" | "safety";
  title: string;
  paragraphs: readonly string[];
  resources: readonly CrisisResource[];
}

export interface CrisisResource {
  region: string;
  text: string;
  /** tel: or https: link for the page; absent where no single number fits. */
  href?: string;
}

export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  { region: "Anywhere", text: "If you are in immediate danger call your local emergency number." },
  { region: "US", text: "988 Suicide & Crisis Lifeline: call or text 988.", href: "tel:988" },
  { region: "UK & ROI", text: "Samaritans: call 116 123 (free, any time).", href: "tel:116123" },
  {
    region: "International",
    text: "Find a helpline in your country at findahelpline.com.",
    href: "https://findahelpline.com",
  },
];

export const THANK_YOU_MESSAGE: ClientMessage = {
  kind: "thank_you",
  title: "Thank you",
  paragraphs: [
    "Thank you for taking the time to answer these questions.",
    "Your coach will look at your answers as you get started together.",
  ],
  resources: [],
};

export const SAFETY_MESSAGE: ClientMessage = {
  kind: "safety",
  title: "Thank you for telling us",
  paragraphs: [
    "It sounds like things may be very hard for you right now. You don't have to go through this alone.",
    "Talking to someone can help. These services are free and confidential, and you can reach them now:",
  ],
  resources: CRISIS_RESOURCES,
};

export const COACH_REFERRAL_ADVICE = "Consider a referral to a clinician before mastery work.";

export function clientMessage(result: { safety: boolean }): ClientMessage {
  return result.safety ? SAFETY_MESSAGE : THANK_YOU_MESSAGE;
}
