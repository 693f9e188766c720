// Training of the learned decision layer: one L2-regularised logistic
// regression per head over hashed features, fitted with AdaGrad. Pure and
// deterministic (a seeded shuffle), so a retrain on the same data gives the
// same weights. Used by scripts/train-attribution.ts and the cross-validation
// in scripts/cv-attribution.ts; nothing at run time imports it (tagging
// scores with the quantised weights of model.ts).

import { DIM, HEAD_COUNT } from "./features";
import type { Policy } from "./model";
import { mulberry32, shuffleInPlace } from "./seeded-random";

export interface Example {
  /** Hashed feature indices (repeats count). */
  features: Int32Array;
  /** 0/1 per head. */
  labels: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 8, learningRate: 0.5, l2: 1e-4, seed: 20261203 };

/** How far the rules' reading moves a cause head's threshold (chosen by scripts/cv-attribution.ts --tune and --tune-causes). */
export const DEFAULT_POLICY: Policy = { ruleDecided: -9, acceptedReport: -25, ruleRejected: 6, noCue: 3, noCueByCause: [-4, -3, -4, -2, -3, 0, -2, -3], shortText: 8 };

/** Float logits of every head for features[0, n), as training sees them. */
export function logits(weights: Float32Array, features: Int32Array, n: number, out: Float64Array): Float64Array {
  out.fill(0);
  for (let a = 0; a < n; a++) {
    const base = features[a]! * HEAD_COUNT;
    for (let k = 0; k < HEAD_COUNT; k++) out[k]! += weights[base + k]!;
  }
  return out;
}

/** Weights laid out feature-major: w[feature * HEAD_COUNT + head]. */
export function train(examples: readonly Example[], opts: TrainOptions = DEFAULT_TRAIN): Float32Array {
  const weights = new Float32Array(DIM * HEAD_COUNT);
  const g2 = new Float32Array(DIM * HEAD_COUNT);
  const order = examples.map((_, i) => i);
  const rand = mulberry32(opts.seed);
  const z = new Float64Array(HEAD_COUNT);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const idx of order) {
      const ex = examples[idx]!;
      const f = ex.features;
      logits(weights, f, f.length, z);
      for (let k = 0; k < HEAD_COUNT; k++) {
        const p = 1 / (1 + Math.exp(-z[k]!));
        const err = p - ex.labels[k]!;
        for (let a = 0; a < f.length; a++) {
          const w = f[a]! * HEAD_COUNT + k;
          const g = err + opts.l2 * weights[w]!;
          g2[w]! += g * g;
          weights[w]! -= (opts.learningRate * g) / Math.sqrt(g2[w]! + 1e-8);
        }
      }
    }
  }
  return weights;
}
