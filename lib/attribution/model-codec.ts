// The trained weights travel as text in model-data.ts: the used feature
// buckets (delta-encoded varints) and, per bucket, the quantised int16 weight
// of each head (model.ts quantize), with each head's scale.

import { DIM, HEAD_COUNT } from "./features";
import type { LearnedModel, Policy } from "./model";
import { base64Bytes } from "./base64";

export interface ModelData {
  version: string;
  dimBits: number;
  heads: readonly string[];
  policy: Policy;
  scales: readonly number[];
  /** base64 of varint deltas between used bucket indices. */
  buckets: string;
  /** base64 of little-endian int16, HEAD_COUNT per used bucket. */
  weights: string;
}

/** Exact: decodeModel(encodeModel(m)) scores as m does. Buckets whose weights are all zero are left out. */
export function encodeModel(model: LearnedModel, meta: { version: string; dimBits: number; heads: readonly string[] }): ModelData {
  const w = model.weights;
  const bucketBytes: number[] = [];
  const weightValues: number[] = [];
  let last = 0;
  for (let f = 0; f < DIM; f++) {
    let used = false;
    for (let k = 0; k < HEAD_COUNT; k++) if (w[f * HEAD_COUNT + k] !== 0) used = true;
    if (!used) continue;
    let delta = f - last;
    last = f;
    do {
      let b = delta & 0x7f;
      delta >>>= 7;
      if (delta > 0) b |= 0x80;
      bucketBytes.push(b);
    } while (delta > 0);
    for (let k = 0; k < HEAD_COUNT; k++) weightValues.push(w[f * HEAD_COUNT + k]!);
  }
  const wb = Buffer.alloc(weightValues.length * 2);
  weightValues.forEach((v, i) => wb.writeInt16LE(v, i * 2));
  return {
    ...meta,
    policy: model.policy,
    scales: [...model.scales],
    buckets: Buffer.from(bucketBytes).toString("base64"),
    weights: wb.toString("base64"),
  };
}

export function decodeModel(data: ModelData): LearnedModel {
  if (data.heads.length !== HEAD_COUNT || 1 << data.dimBits !== DIM) throw new Error("attribution model does not match the feature layout");
  const weights = new Int16Array(DIM * HEAD_COUNT);
  const buckets = base64Bytes(data.buckets);
  const raw = base64Bytes(data.weights);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  let f = 0;
  let at = 0;
  let wi = 0;
  while (at < buckets.length) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = buckets[at++]!;
      delta |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    f += delta;
    for (let k = 0; k < HEAD_COUNT; k++, wi++) weights[f * HEAD_COUNT + k] = view.getInt16(wi * 2, true);
  }
  return { weights, scales: Float64Array.from(data.scales), policy: data.policy };
}
