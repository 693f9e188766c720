export type PracticeErrorReason = "not_found" | "not_active" | "not_current" | "not_confirmable";

const MESSAGES: Record<PracticeErrorReason, string> = {
  not_found: "We couldn't find that.",
  not_active: "This ladder is not active right now, so attempts can't be logged on it. Your coach can resume it.",
  not_current: "This attempt is for a level that is no longer your current one. Your words are still here; prepare a new attempt for your current level.",
  not_confirmable: "This attempt can't confirm mastery: it must be a success on the client's current level that meets the level's count.",
};

/** A refusal the person can act on; the form shows the message and keeps what they typed. */
export class PracticeError extends Error {
  constructor(readonly reason: PracticeErrorReason) {
    super(MESSAGES[reason]);
    this.name = "PracticeError";
  }
}
