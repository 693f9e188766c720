/** Why a ladder operation was refused; the message is written for the coach. */
export type LadderErrorReason = "not-found" | "invalid";

export class LadderError extends Error {
  constructor(
    readonly reason: LadderErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "LadderError";
  }
}

/** Shown when a save carried an older revision: the coach's typed values are kept. */
export const LADDER_CONFLICT_MESSAGE =
  "Someone else changed this ladder while you were editing. Your changes are below; review the current version and apply them again.";
