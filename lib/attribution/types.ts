// Public vocabulary of the attribution tagger. The coach-review UI imports
// these lists and descriptions, so they mirror GUIDE.md word for word where
// the guide defines something.

export type Outcome = "success" | "setback";

export const CAUSES = [
  "ability",
  "circumstance",
  "effort",
  "luck",
  "others",
  "state",
  "strategy",
  "task",
] as const;
export type Cause = (typeof CAUSES)[number];

export const FLAGS = [
  "external_success",
  "fixed_ability_setback",
  "internal_controllable",
  "minimizing",
] as const;
export type Flag = (typeof FLAGS)[number];

export type Locus = "internal" | "external" | "mixed" | "none";

export interface EvidenceSpan {
  /** UTF-16 offset into the original text, inclusive. */
  start: number;
  /** UTF-16 offset into the original text, exclusive. */
  end: number;
  /** Equals text.slice(start, end). */
  text: string;
}

export interface TagInput {
  outcome: Outcome;
  text: string;
}

export interface TagResult {
  causes: Cause[];
  locus: Locus;
  flags: Flag[];
  evidence: Partial<Record<Cause | Flag, EvidenceSpan[]>>;
  version: string;
}

export interface CauseInfo {
  label: string;
  description: string;
  locus: "internal" | "external";
  stability: "stable" | "unstable";
  controllable: boolean;
}

export const CAUSE_INFO: Readonly<Record<Cause, CauseInfo>> = {
  effort: {
    label: "Effort",
    description: "How hard or how long they worked: practice, persistence, preparation time.",
    locus: "internal",
    stability: "unstable",
    controllable: true,
  },
  strategy: {
    label: "Strategy",
    description: "Their method, plan, technique or approach, or an adjustment they made.",
    locus: "internal",
    stability: "unstable",
    controllable: true,
  },
  ability: {
    label: "Ability",
    description: "Talent, innate skill, intelligence, being (or not being) \"a X person\".",
    locus: "internal",
    stability: "stable",
    controllable: false,
  },
  state: {
    label: "State",
    description: "Mood, nerves, fatigue, sleep, illness or energy on the day.",
    locus: "internal",
    stability: "unstable",
    controllable: false,
  },
  luck: {
    label: "Luck",
    description: "Luck, chance, a fluke, \"the stars aligned\".",
    locus: "external",
    stability: "unstable",
    controllable: false,
  },
  task: {
    label: "Task",
    description: "The task was easy or hard; \"anyone could have\"; \"it was a simple one\".",
    locus: "external",
    stability: "stable",
    controllable: false,
  },
  others: {
    label: "Other people",
    description: "Help, kindness, hostility or actions of other people, including the audience.",
    locus: "external",
    stability: "unstable",
    controllable: false,
  },
  circumstance: {
    label: "Circumstance",
    description: "Timing, weather, equipment, venue, schedule, things that just happened.",
    locus: "external",
    stability: "unstable",
    controllable: false,
  },
};

export interface FlagInfo {
  label: string;
  /** Plain words for the coach: what the pattern is and what to do with it. */
  explanation: string;
}

export const FLAG_INFO: Readonly<Record<Flag, FlagInfo>> = {
  external_success: {
    label: "Gives the credit away",
    explanation:
      "The client succeeded but credits only outside factors (luck, other people, an easy task, circumstances). " +
      "Ask what they did that made the difference so the success can count toward their confidence.",
  },
  minimizing: {
    label: "Shrinks the success",
    explanation:
      "The client dismisses or downplays their own success (\"it wasn't a big deal\", \"anyone could have\"). " +
      "Slow down and have them name what was hard about it and what they did.",
  },
  fixed_ability_setback: {
    label: "Blames a fixed lack of ability",
    explanation:
      "After a setback the client blames a stable lack of talent (\"I'm just not good at this\"). " +
      "This predicts giving up; steer toward what can change: practice, method, conditions on the day.",
  },
  internal_controllable: {
    label: "Credits effort or method",
    explanation:
      "The client explains the outcome by their own effort or strategy, with none of the warning patterns. " +
      "This is the pattern to reinforce: reflect it back and build on it.",
  },
};
