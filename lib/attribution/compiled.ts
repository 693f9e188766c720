// Regexes compiled once at module load; the tagger reuses them (resetting
// lastIndex) so a call allocates no patterns.

import { CAUSAL_NEG, CAUSAL_NEUTRAL, CAUSAL_POS, CUES, EVAL_NEG, EVAL_POS, TASK_EVAL_NEG, TASK_EVAL_POS, type CueDef } from "./lexicon";
import type { Cause } from "./types";
import { groupByFirstLetter, matchPrefixes, topAlternatives } from "./prefilter";

export interface CompiledCue {
  cause: Cause;
  val: -1 | 0 | 1;
  kind: CueDef["kind"];
  evalSet: CueDef["evalSet"];
  /** When set, capture group 1 is the evidence span and the rest is required left context. */
  core: boolean;
  re: RegExp;
}

export const CAUSES_CUES_COMPILED: readonly CompiledCue[] = CUES.map((c) => ({
  cause: c.cause,
  val: c.val,
  kind: c.kind,
  evalSet: c.evalSet,
  core: c.after !== undefined,
  re: c.after !== undefined ? new RegExp(`\\b(?:${c.after})(${c.re})`, "g") : new RegExp(`\\b(?:${c.re})`, "g"),
}));

/** Group 1 = positive, group 2 = negative. */
const G = groupByFirstLetter;
export const EVAL_RE = new RegExp(`\\b(?:(${G(EVAL_POS)})|(${G(EVAL_NEG)}))\\b`, "g");
export const TASK_EVAL_RE = new RegExp(`\\b(?:(${G(TASK_EVAL_POS)})|(${G(TASK_EVAL_NEG)}))\\b`, "g");
export const CAUSAL_POS_RE = new RegExp(`\\b(?:${G(CAUSAL_POS)})`, "g");
export const CAUSAL_NEG_RE = new RegExp(`\\b(?:${G(CAUSAL_NEG)})`, "g");
export const CAUSAL_NEUTRAL_RE = new RegExp(`\\b(?:${G(CAUSAL_NEUTRAL)})`, "g");

/**
 * Prefiltered form of the cues: one small regex per top-level alternative of
 * each cue, indexed by the word prefixes a match can start with. `always`
 * lists the alternatives whose start cannot be enumerated.
 */
export interface SubCue {
  cue: CompiledCue;
  /** Global form, for alternatives that always run. */
  re: RegExp;
  /** Sticky form, tried only at word starts whose prefix is indexed. */
  sticky: RegExp;
}
export const SUB_CUES: SubCue[] = [];
export const PREFIX_INDEX = new Map<string, number[]>();
export const ALWAYS: number[] = [];
for (let k = 0; k < CUES.length; k++) {
  const def = CUES[k]!;
  const cue = CAUSES_CUES_COMPILED[k]!;
  const parts =
    def.after !== undefined
      ? [{ src: `(?:${def.after})(?:${def.re})`, re: cue.re }]
      : topAlternatives(def.re).map((alt) => ({ src: alt, re: new RegExp(`\\b(?:${alt})`, "g") }));
  for (const part of parts) {
    const idx = SUB_CUES.length;
    SUB_CUES.push({ cue, re: part.re, sticky: new RegExp(part.re.source, "y") });
    const keys = matchPrefixes(part.src);
    if (keys === null) ALWAYS.push(idx);
    else
      for (const key of keys) {
        const list = PREFIX_INDEX.get(key);
        if (list) list.push(idx);
        else PREFIX_INDEX.set(key, [idx]);
      }
  }
}

/**
 * The prefix index as a character trie in a flat transition table, so the
 * per-word lookup walks the text's characters without slicing substrings or
 * hashing. Characters outside the small alphabet end a key early (a shorter
 * prefix is a weaker but still exact filter).
 */
export const ALPHA = 40;
/** Alphabet slot of a UTF-16 code: a-z 0-25, 0-9 26-35, space 36, ' 37, - 38; -1 otherwise. */
export function alphaOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 22;
  if (c === 32) return 36;
  if (c === 39) return 37;
  if (c === 45) return 38;
  return -1;
}
const trieNext: number[] = [];
const trieList: Array<number[] | undefined> = [];
function newNode(): number {
  for (let i = 0; i < ALPHA; i++) trieNext.push(0);
  trieList.push(undefined);
  return trieList.length - 1;
}
newNode();
for (const [key, list] of PREFIX_INDEX) {
  let node = 0;
  for (let i = 0; i < key.length; i++) {
    const a = alphaOf(key.charCodeAt(i));
    if (a < 0) break;
    let next = trieNext[node * ALPHA + a]!;
    if (next === 0) {
      next = newNode();
      trieNext[node * ALPHA + a] = next;
    }
    node = next;
  }
  if (node === 0) {
    for (const si of list) ALWAYS.push(si);
    continue;
  }
  const have = trieList[node];
  trieList[node] = have === undefined ? [...list] : [...new Set([...have, ...list])];
}
/** TRIE_NEXT[node * ALPHA + slot]: child node, 0 = none. */
export const TRIE_NEXT = Int32Array.from(trieNext);
/** Sub-cue indices whose prefix ends at a node. */
export const TRIE_LIST: ReadonlyArray<readonly number[] | undefined> = trieList;
