// Features for the learned decision layer (see model.ts): hashed words with
// their scope (negated, counterfactual, conceded before a "but", reported,
// inside a report the rules read as accepted or rejected),
// word pairs, 5-letter stems for typos and inflections, the word's clusters
// from pre-trained word vectors (word-clusters.ts), each also crossed with
// the outcome; plus what the rules decided and which cues they saw.
// Pure and allocation-light: indices go into module-level buffers that the
// caller reads before the next call.

import * as types from "./types";
import type { Outcome } from "./types";
import type { Segmented } from "./text";
import { wordHash } from "./word-hash";
import * as scopeMod from "./scope";
import * as clustersMod from "./word-clusters";

// Local aliases: imported bindings are getter calls under the CommonJS transform.
const reportedRegions = scopeMod.reportedRegions;
const clusterOf = clustersMod.clusterOf;

export const DIM_BITS = 17;
export const DIM = 1 << DIM_BITS;
const MASK = DIM - 1;

/** What the model predicts: one head per cause, then minimizing. */
export const HEADS = [...types.CAUSES, "minimizing"] as const;
export type Head = (typeof HEADS)[number];
export const HEAD_COUNT = HEADS.length;
export const MINIMIZING_HEAD = HEADS.length - 1;

/** What the rules made of a reflection, as the features need it. */
export interface RuleView {
  /** Bit k set: the rules decided CAUSES[k]. */
  decidedMask: number;
  /** Bit k set: a cue of CAUSES[k] matched, whatever the rules then decided. */
  seenMask: number;
  /** The rules' minimizing shapes matched. */
  minimizing: boolean;
}

const MAX_FEATURES = 8192;
/** Feature indices of the last call, [0, featureCount). */
export const FEATURES = new Int32Array(MAX_FEATURES);
/** For word features: the word's span in the text (start, end); -1 for the others. */
export const FEATURE_START = new Int32Array(MAX_FEATURES);
export const FEATURE_END = new Int32Array(MAX_FEATURES);
let count = 0;
/** Words read by the last call: the pipeline asks short texts for a clearer signal. */
let words = 0;
export function wordsOfLastCall(): number {
  return words;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function add(h: number, start: number, end: number): void {
  if (count >= MAX_FEATURES) return;
  FEATURES[count] = mix(h) & MASK;
  FEATURE_START[count] = start;
  FEATURE_END[count] = end;
  count++;
}

// Salts per feature family, so the same word in two families lands apart.
const T_BIAS = 0x1b873593;
const T_UNI = 0x2c1b3c6d;
const T_SCOPED = 0x297a2d39;
const T_STEM = 0x68e31da4;
const T_BI = 0x3b5a1f7e;
const T_RULE = 0x5f356495;
const T_CUE = 0x4e67c6a7;
const T_RULE_COUNT = 0x1d8e4e27;
const T_MIN = 0x6c078965;
const T_FIRST = 0x7a3d1c55;
const T_CL_MID = 0x51ed270b;
const T_CL_FINE = 0x2545f491;
const T_CL_PAIR = 0x6a09e667;
const T_CL_COARSE = 0x3c6ef372;
const O_SUCCESS = 0x9e3779b9 | 0;
const O_SETBACK = 0x85ebca6b | 0;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c >= 0xc0;
}

function isNegator(norm: string, s: number, e: number, h: number): boolean {
  return NEGATORS.has(h) || (e - s > 3 && norm.charCodeAt(e - 1) === 116 && norm.charCodeAt(e - 2) === 39 && norm.charCodeAt(e - 3) === 110);
}

// Apostrophes are dropped before hashing, so "didnt" and "didn't" are one word.
const NEGATORS = new Set(
  "not no never nobody nothing none neither nor without hardly barely cant dont didnt wasnt isnt couldnt wouldnt hadnt havent wont doesnt arent werent aint".split(" ").map(wordHash),
);

const CAUSE_HASH = types.CAUSES.map(wordHash);

const SCOPE_NEG = 1;
const SCOPE_CF = 2;
const SCOPE_CONCEDED = 4;
const SCOPE_REPORTED = 8;
const SCOPE_AFTER_CONTRAST = 16;
const SCOPE_CAUSAL = 32;
const SCOPE_OTHER = 64;
/** Inside a report the rules read as taken on by the writer ("my coach said X, and she's right"), or as rejected. */
const SCOPE_REPORT_ACCEPTED = 128;
const SCOPE_REPORT_REJECTED = 256;
// Words that put a sentence in a scope (counterfactual, reported) or a clause
// in a causal frame, one group each. Found in one scan of the text; no word
// of one group is part of another's phrases, so one scan finds what three would.
const SCOPE_WORDS = new RegExp(
  "\\b(?:" +
    "(if|would(?:'ve| have|ve)|could(?:'ve| have|ve)|should(?:'ve| have|ve)|might(?:'ve| have)|wish|unless|otherwise)" +
    "|(said|says|say|told|tells|reckons?|thinks|keeps? saying|called me|according to|insists?|claims?|apparently)" +
    "|(because|cause|cos|coz|since|thanks to|due to|down to|owing to|helped|helps|made|makes|meant|so|which is why|that's why|thats why|the reason|reason|why|key|difference|result|led to|got me|without)" +
    ")\\b",
  "g",
);
/** Start offsets of the last call's scope words, per group (reused: cleared, not reallocated). */
const CF_AT: number[] = [];
const REPORTED_AT: number[] = [];
const CAUSAL_AT: number[] = [];

function findScopeWords(norm: string): void {
  CF_AT.length = REPORTED_AT.length = CAUSAL_AT.length = 0;
  SCOPE_WORDS.lastIndex = 0;
  for (let m = SCOPE_WORDS.exec(norm); m !== null; m = SCOPE_WORDS.exec(norm)) {
    if (m[1] !== undefined) CF_AT.push(m.index);
    else if (m[2] !== undefined) REPORTED_AT.push(m.index);
    else CAUSAL_AT.push(m.index);
  }
}

/** Whether one of the sorted offsets lies in [from, to). */
function anyIn(at: readonly number[], from: number, to: number): boolean {
  for (let i = 0; i < at.length; i++) {
    const p = at[i]!;
    if (p >= to) return false;
    if (p >= from) return true;
  }
  return false;
}
const OTHER_SUBJECT = /\s*(?:(?:but|and|so|then|though|although|however|yet|because)\s+)?(?:he|she|they|he's|she's|they're|his|her|their|my (?:coach|boss|manager|teacher|partner|wife|husband|friend|mum|mom|dad|tutor|colleague|sister|brother)|the (?:examiner|interviewer|audience|crowd|teacher|coach|panel|client|other|ref|referee|judge|instructor|boss))\b/y;
function otherSubject(norm: string, start: number, end: number): boolean {
  OTHER_SUBJECT.lastIndex = start;
  const m = OTHER_SUBJECT.exec(norm);
  return m !== null && m.index + m[0].length <= end;
}

/** Fills FEATURES for one reflection and returns how many there are. */
export function extractFeatures(seg: Segmented, outcome: Outcome, rules: RuleView): number {
  count = 0;
  words = 0;
  const o = outcome === "success" ? O_SUCCESS : O_SETBACK;
  const norm = seg.norm;
  add(T_BIAS, -1, -1);
  add(T_BIAS ^ o, -1, -1);

  const ruleMask = rules.decidedMask;
  const cueMask = rules.seenMask & ~ruleMask;
  let ruleCount = 0;
  for (let k = 0; k < CAUSE_HASH.length; k++) {
    if (ruleMask & (1 << k)) {
      ruleCount++;
      add(T_RULE ^ CAUSE_HASH[k]!, -1, -1);
      add(T_RULE ^ CAUSE_HASH[k]! ^ o, -1, -1);
    } else if (cueMask & (1 << k)) add(T_CUE ^ CAUSE_HASH[k]! ^ o, -1, -1);
  }
  add(T_RULE_COUNT ^ Math.min(ruleCount, 3) ^ o, -1, -1);
  if (rules.minimizing) {
    add(T_MIN, -1, -1);
    add(T_MIN ^ o, -1, -1);
  }

  findScopeWords(norm);
  const reports = reportedRegions(seg);
  const clauses = seg.clauses;
  let sentenceIdx = -1;
  let sentenceScope = 0;
  let first = true;
  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    if (clause.sentence !== sentenceIdx) {
      sentenceIdx = clause.sentence;
      const s = seg.sentences[sentenceIdx]!;
      sentenceScope = (anyIn(CF_AT, s.start, s.end) ? SCOPE_CF : 0) | (anyIn(REPORTED_AT, s.start, s.end) ? SCOPE_REPORTED : 0);
      first = true;
    }
    const next = clauses[ci + 1];
    let scope = sentenceScope;
    if (next !== undefined && next.sentence === clause.sentence && next.contrast) scope |= SCOPE_CONCEDED;
    if (clause.contrast) scope |= SCOPE_AFTER_CONTRAST;
    if (anyIn(CAUSAL_AT, clause.start, clause.end)) scope |= SCOPE_CAUSAL;
    if (otherSubject(norm, clause.start, clause.end)) scope |= SCOPE_OTHER;
    for (const r of reports) if (clause.start < r.end && r.start < clause.end) scope |= r.accepted ? SCOPE_REPORT_ACCEPTED : SCOPE_REPORT_REJECTED;
    let negLeft = 0;
    let prev = 0;
    let hasPrev = false;
    let prevMid = 0;
    let curMid = 0;
    let i = clause.start;
    while (i < clause.end) {
      while (i < clause.end && !isWordChar(norm.charCodeAt(i))) i++;
      if (i >= clause.end) break;
      const s = i;
      let h = 0x811c9dc5;
      let stem = 0;
      let letters = 0;
      while (i < clause.end && isWordChar(norm.charCodeAt(i))) {
        const c = norm.charCodeAt(i);
        if (c !== 39) {
          h = Math.imul(h ^ c, 0x01000193);
          if (++letters === 5) stem = h;
        }
        i++;
      }
      h |= 0;
      const e = i;
      const p = scope | (negLeft > 0 ? SCOPE_NEG : 0);
      words++;
      add(T_UNI ^ h, s, e);
      add(T_UNI ^ h ^ o, s, e);
      // One feature per scope the word is in: combinations would be too rare to learn.
      for (let bit = 1; bit <= p; bit <<= 1) {
        if ((p & bit) === 0) continue;
        const hp = h ^ Math.imul(bit, 0x27d4eb2f);
        add(T_SCOPED ^ hp ^ o, s, e);
      }
      if (letters > 5) add(T_STEM ^ stem ^ o, s, e);
      // The word's clusters at three grains, and its middle cluster paired with
      // the previous word's: weight learned on one word reaches its neighbours
      // in the word vectors ("rain" teaches "wind"), which no training text had.
      const cl = clusterOf(h);
      if (cl >= 0) {
        const mid = (cl >> 3) + 1;
        add(T_CL_COARSE ^ Math.imul((cl >> 7) + 1, 0x9e3779b1) ^ o, s, e);
        add(T_CL_MID ^ Math.imul(mid, 0x9e3779b1) ^ o, s, e);
        add(T_CL_FINE ^ Math.imul(cl + 1, 0x9e3779b1) ^ o, s, e);
        if (prevMid !== 0) add(T_CL_PAIR ^ Math.imul(prevMid, 0x01000193) ^ Math.imul(mid, 0x9e3779b1) ^ o, s, e);
        curMid = mid;
      }
      if (hasPrev) {
        const hb = Math.imul(prev, 0x01000193) ^ h;
        add(T_BI ^ hb, s, e);
        add(T_BI ^ hb ^ o, s, e);
      } else if (first) {
        add(T_FIRST ^ h ^ o, s, e);
      }
      first = false;
      if (negLeft > 0) negLeft--;
      if (isNegator(norm, s, e, h)) negLeft = 3;
      prev = h;
      hasPrev = true;
      prevMid = curMid;
      curMid = 0;
    }
  }
  return count;
}
