/**
 * The in-the-moment attribution question (Phase 1 step 3 of the protocol): after a success
 * the client credits to outside forces or shrinks, ask once, gently, what they did.
 */
export const ATTRIBUTION_QUESTION = "What specifically did YOU do that led to this?";

export function shouldAskAttributionQuestion(input: {
  outcome: "success" | "setback";
  flags: readonly string[];
  nudgeEnabled: boolean;
  alreadyAsked: boolean;
}): boolean {
  if (!input.nudgeEnabled || input.alreadyAsked || input.outcome !== "success") return false;
  return input.flags.includes("external_success") || input.flags.includes("minimizing");
}
