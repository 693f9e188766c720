/** A step of a paced, self-guided script: the client reads it, then follows it for about its duration. */
export interface ScriptStep<Stage extends string = string> {
  id: string;
  stage: Stage;
  title: string;
  /** Second person, for the client to read to themselves. */
  text: string;
  durationSeconds: number;
  /** The protocol slows down at capability-recognition moments; the page can reflect it. */
  pace: "moderate" | "slower";
}
