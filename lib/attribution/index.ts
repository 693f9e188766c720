// Attribution tagger: what a client credits or blames for an outcome.
// Pure and deterministic: no I/O, no clock, no randomness. See
// docs/attribution.md for the pipeline and /work/shared/attribution/GUIDE.md
// for the label scheme. Rules find cues and read their scope; a learned layer
// trained on labelled reflections makes the final call per cause.

import * as pipeline from "./pipeline";
import * as codec from "./model-codec";
import { MODEL_DATA } from "./model-data";
import { MODEL_VERSION } from "./version";
import type { TagInput, TagResult } from "./types";

export * from "./types";

/** Stored with every result; bumped whenever rules, features or the trained model change. */
export const TAGGER_VERSION = MODEL_VERSION;

const MODEL = codec.decodeModel(MODEL_DATA);
const tagWith = pipeline.tagWith;

export function tagReflection(input: TagInput): TagResult {
  const { causes, locus, flags, evidence } = tagWith(MODEL, input);
  return { causes, locus, flags, evidence, version: TAGGER_VERSION };
}
