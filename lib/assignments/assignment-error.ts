/** A refused assignment change, with the message for the coach and the field it concerns. */
export class AssignmentError extends Error {
  constructor(
    message: string,
    readonly field?: "ladderId" | "startAt" | "cadencePerWeek" | "dueOn",
  ) {
    super(message);
    this.name = "AssignmentError";
  }
}

export const SCREENING_GATE_MESSAGE = "Acknowledge the screening flag before assigning a ladder.";
