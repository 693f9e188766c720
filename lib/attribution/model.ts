// The learned decision layer: per head, a logistic regression over the
// features of features.ts says whether the writer presents that cause (or
// minimizes). The rules' decisions are among its features, so it starts from
// what they found and learns where their lexicons miss.

import * as featuresMod from "./features";
import type { RuleView } from "./features";
import type { Segmented } from "./text";

const { extractFeatures, FEATURES, HEAD_COUNT, wordsOfLastCall } = featuresMod;

export interface Policy {
  ruleDecided: number;
  /**
   * Replaces ruleDecided for a cause the rules found inside a report the
   * writer takes on ("my coach said the new grip made the difference, and
   * she's right"): the rules read the acceptance explicitly, while the words
   * of such texts mostly teach the model that the reporter is the cause.
   */
  acceptedReport: number;
  ruleRejected: number;
  noCue: number;
  /**
   * Per cause (in CAUSES order), added to noCue: heads differ in how sure they
   * are when no cue backs them (circumstance and others are said in words the
   * lexicons lack, so their heads are precise but miss many), and one shared
   * threshold cannot balance precision and recall for all of them.
   */
  noCueByCause: readonly number[];
  /** Added to noCue in full for a one-word text, tapering to nothing at 20 words. */
  shortText: number;
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

const scores = new Float64Array(HEAD_COUNT);
// headScores keeps one accumulator per head in a local: the hot loop of the tagger.
if (HEAD_COUNT !== 9) throw new Error("headScores is unrolled for nine heads");

/** Logits of every head, valid until the next call; FEATURES then holds this call's featureCount features. */
export function headScores(model: LearnedModel, seg: Segmented, outcome: "success" | "setback", rules: RuleView): { scores: Float64Array; featureCount: number; wordCount: number } {
  const featureCount = extractFeatures(seg, outcome, rules);
  const w = model.weights;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  for (let a = 0; a < featureCount; a++) {
    const b = FEATURES[a]! * 9;
    s0 += w[b]!;
    s1 += w[b + 1]!;
    s2 += w[b + 2]!;
    s3 += w[b + 3]!;
    s4 += w[b + 4]!;
    s5 += w[b + 5]!;
    s6 += w[b + 6]!;
    s7 += w[b + 7]!;
    s8 += w[b + 8]!;
  }
  const sc = model.scales;
  scores[0] = s0 * sc[0]!;
  scores[1] = s1 * sc[1]!;
  scores[2] = s2 * sc[2]!;
  scores[3] = s3 * sc[3]!;
  scores[4] = s4 * sc[4]!;
  scores[5] = s5 * sc[5]!;
  scores[6] = s6 * sc[6]!;
  scores[7] = s7 * sc[7]!;
  scores[8] = s8 * sc[8]!;
  return { scores, featureCount, wordCount: wordsOfLastCall() };
}
