// The learned decision layer: per head, a logistic regression over the
// features of features.ts says whether the writer presents that cause (or
// minimizes). The rules' decisions are among its features, so it starts from
// what they found and learns where their lexicons miss.

import * as featuresMod from "./features";
import type { RuleView } from "./features";
import type { Segmented } from "./text";

const { extractFeatures, FEATURES, HEAD_COUNT } = featuresMod;

export interface LearnedModel {
  /** w[feature * HEAD_COUNT + head]; a head says yes above logit 0 plus the policy's shift. */
  weights: Float32Array;
  /**
   * Added to a head's decision threshold by what the rules made of that cause:
   * a cause the rules decided needs less to stay; a cue they read as not causal
   * (negated, scene-setting, a purpose, a rejected report) needs much more to
   * come back; a cause with no cue at all needs a clear signal (short texts
   * otherwise collect causes from the outcome alone).
   */
  policy: { ruleDecided: number; ruleRejected: number; noCue: number };
}

/** Logits of every head for features[0, n). Shared by training and tagging. */
export function logits(weights: Float32Array, features: Int32Array, n: number, out: Float64Array): Float64Array {
  out.fill(0);
  for (let a = 0; a < n; a++) {
    const base = features[a]! * HEAD_COUNT;
    for (let k = 0; k < HEAD_COUNT; k++) out[k]! += weights[base + k]!;
  }
  return out;
}

const scores = new Float64Array(HEAD_COUNT);

/** Logits of every head, valid until the next call; FEATURES then holds this call's featureCount features. */
export function headScores(model: LearnedModel, seg: Segmented, outcome: "success" | "setback", rules: RuleView): { scores: Float64Array; featureCount: number } {
  const featureCount = extractFeatures(seg, outcome, rules);
  logits(model.weights, FEATURES, featureCount, scores);
  return { scores, featureCount };
}
