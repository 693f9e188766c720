// The learned decision layer: per head, a logistic regression over the
// features of features.ts says whether the writer presents that cause (or
// minimizes). The rules' decisions are among its features, so it starts from
// what they found and learns where their lexicons miss.

import * as featuresMod from "./features";
import type { RuleView } from "./features";
import type { Segmented } from "./text";

const { extractFeatures, FEATURES, HEAD_COUNT } = featuresMod;

export interface LearnedModel {
  /** w[feature * HEAD_COUNT + head]. */
  weights: Float32Array;
  /** Per head: the logit above which the head says yes. */
  thresholds: Float64Array;
  /**
   * Added to a cause head's threshold by what the rules made of it: a cause the
   * rules decided needs less to stay, a cue they read as not causal (negated,
   * scene-setting, a purpose, a rejected report) needs much more to come back, and a cause with no cue at all needs a clear
   * signal (short texts otherwise collect causes from the outcome alone).
   */
  policy: { ruleDecided: number; ruleRejected: number; noCue: number };
}

const scores = new Float64Array(HEAD_COUNT);

/** Logits of every head; valid until the next call. FEATURES holds this call's features afterwards. */
export function headScores(model: LearnedModel, seg: Segmented, outcome: "success" | "setback", rules: RuleView): { scores: Float64Array; featureCount: number } {
  const n = extractFeatures(seg, outcome, rules);
  const w = model.weights;
  scores.fill(0);
  for (let a = 0; a < n; a++) {
    const base = FEATURES[a]! * HEAD_COUNT;
    for (let k = 0; k < HEAD_COUNT; k++) scores[k]! += w[base + k]!;
  }
  return { scores, featureCount: n };
}
