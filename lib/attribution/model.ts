// The learned decision layer: per head, a logistic regression over the
// features of features.ts says whether the writer presents that cause (or
// minimizes). The rules' decisions are among its features, so it starts from
// what they found and learns where their lexicons miss.

import * as featuresMod from "./features";
import type { RuleView } from "./features";
import type { Segmented } from "./text";

const { extractFeatures, FEATURES, HEAD_COUNT } = featuresMod;

export interface Policy {
  ruleDecided: number;
  ruleRejected: number;
  noCue: number;
}

export interface LearnedModel {
  /**
   * Weights quantised to int16, laid out w[feature * HEAD_COUNT + head]; head
   * k's logit is scales[k] times the sum over the features. Half the size of
   * floats, so the table stays in cache beside the rules' regexes, and the
   * sum is exact integer arithmetic.
   */
  weights: Int16Array;
  scales: Float64Array;
  /**
   * Added to a head's decision threshold by what the rules made of that cause:
   * a cause the rules decided needs less to stay; a cue they read as not causal
   * (negated, scene-setting, a purpose, a rejected report) needs much more to
   * come back; a cause with no cue at all needs a clear signal (short texts
   * otherwise collect causes from the outcome alone).
   */
  policy: Policy;
}

/** The shipped form of trained float weights: each head scaled by its largest weight. */
export function quantize(weights: Float32Array, policy: Policy): LearnedModel {
  const maxAbs = new Float64Array(HEAD_COUNT);
  for (let i = 0; i < weights.length; i++) maxAbs[i % HEAD_COUNT] = Math.max(maxAbs[i % HEAD_COUNT]!, Math.abs(weights[i]!));
  const scales = maxAbs.map((m) => (m === 0 ? 1 : m / 32767));
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i]! / scales[i % HEAD_COUNT]!);
  return { weights: q, scales, policy };
}

const sums = new Int32Array(HEAD_COUNT);
const scores = new Float64Array(HEAD_COUNT);

/** Logits of every head, valid until the next call; FEATURES then holds this call's featureCount features. */
export function headScores(model: LearnedModel, seg: Segmented, outcome: "success" | "setback", rules: RuleView): { scores: Float64Array; featureCount: number } {
  const featureCount = extractFeatures(seg, outcome, rules);
  const w = model.weights;
  sums.fill(0);
  for (let a = 0; a < featureCount; a++) {
    const base = FEATURES[a]! * HEAD_COUNT;
    for (let k = 0; k < HEAD_COUNT; k++) sums[k]! += w[base + k]!;
  }
  for (let k = 0; k < HEAD_COUNT; k++) scores[k] = sums[k]! * model.scales[k]!;
  return { scores, featureCount };
}
