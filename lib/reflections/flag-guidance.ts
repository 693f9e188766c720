import { FLAG_INFO, type Flag } from "@/lib/attribution";

/**
 * What each attribution flag means for the coach, in plain words, and the method's
 * suggested response, worded from the protocol's language patterns (seed 000: Phase 1
 * step 3 "Attribution Analysis", Phase 3 steps 3–4, "Attribution Shift Patterns",
 * "Common Mistakes to Avoid"). Pure data, shown beside flagged reflections.
 */

export type ResponseKind = "Attribution shift" | "Obstacle reframing" | "Reinforcement";

export interface FlagGuidance {
  flag: Flag;
  label: string;
  /** What the pattern is, in plain words. */
  meaning: string;
  response: ResponseKind;
  /** How to respond, in one or two sentences. */
  approach: string;
  /** Questions or lines the coach can use with the client. */
  prompts: readonly string[];
}

const GUIDANCE: Readonly<Record<Flag, Omit<FlagGuidance, "flag" | "label">>> = {
  external_success: {
    meaning:
      "It went well, but the client credits only things outside themselves: luck, other people, an easy task or the circumstances. A success credited that way does not build their confidence.",
    response: "Attribution shift",
    approach:
      "Challenge the outside explanation gently but firmly, and help them recognise their own part: the actions, effort and skills that led to the result.",
    prompts: [
      "What specifically did YOU do that led to this success?",
      "What actions did YOU take?",
      "What effort did YOU invest?",
      "How did YOUR skills contribute to this outcome?",
    ],
  },
  minimizing: {
    meaning:
      "The client shrinks or dismisses their own success (\"it wasn't that hard\", \"it doesn't really count\"). Often a sign of self-doubt or impostor feelings.",
    response: "Attribution shift",
    approach:
      "Challenge it gently: slow down on what made it challenging and what they did about it, so the success can count as evidence of what they can do.",
    prompts: [
      "Describe what made this challenging.",
      "What obstacles did you overcome?",
      "What specifically did YOU do that led to this success?",
      "What does this success reveal about your capabilities?",
    ],
  },
  fixed_ability_setback: {
    meaning:
      "After a setback the client blames a fixed lack of ability (\"I'm just not good at this\"). Read as a verdict on who they are, this pattern leads to giving up.",
    response: "Obstacle reframing",
    approach:
      "Reframe the setback as a learning opportunity and point to what they can change: their effort and their strategy, not a fixed ability.",
    prompts: [
      "What did you learn from this attempt?",
      "What would you adjust next time?",
      "This is information, not a verdict on your capability.",
    ],
  },
  internal_controllable: {
    meaning:
      "The client explains the outcome by their own effort or method, with none of the warning patterns: the internal, controllable attribution the method builds.",
    response: "Reinforcement",
    approach:
      "Reinforce it by naming the specific actions and effort they described (not hollow praise), and link this success to what they can do next.",
    prompts: [
      "What does this success reveal about your capabilities?",
      "How does this success relate to past mastery experiences?",
      "If you could do this, what else are you capable of?",
    ],
  },
};

export function flagGuidance(flag: Flag): FlagGuidance {
  return { flag, label: FLAG_INFO[flag].label, ...GUIDANCE[flag] };
}
