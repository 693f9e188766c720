/**
 * Shapes shared by templates, the coach's ladder form and the progression rules.
 * A template level has exactly the shape the form submits, so a coach can start
 * from a template and edit it in the same form.
 */

/** How a client shows they have mastered a level. */
export interface MasteryRule {
  /** Successful attempts needed; repetition is what turns one win into belief. */
  masteryCount: number;
  /** The coach must confirm the success was genuine before the level counts. */
  coachConfirms: boolean;
}

export interface LevelDefinition extends MasteryRule {
  title: string;
  /** What to do, in the client's terms. */
  instructions: string;
  /** Observable criteria, so client and coach agree on what counts as success. */
  successCriteria: string;
  /** 1–10; rises along the ladder (progressive challenge). */
  difficulty: number;
}

export interface LadderDefinition {
  title: string;
  /** The skill or goal the ladder builds. */
  skill: string;
  description: string;
  levels: LevelDefinition[];
}

export interface LadderTemplate extends LadderDefinition {
  /** Stable slug; stored with ladders created from the template. */
  key: string;
}

export type LadderStatus = "draft" | "published" | "archived";
