// Regexes compiled once at module load; the tagger reuses them (resetting
// lastIndex) so a call allocates no patterns.

import { CAUSAL_NEG, CAUSAL_NEUTRAL, CAUSAL_POS, CUES, EVAL_NEG, EVAL_POS, TASK_EVAL_NEG, TASK_EVAL_POS, type CueDef } from "./lexicon";
import type { Cause } from "./types";
import { matchPrefixes, topAlternatives } from "./prefilter";

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
export const EVAL_RE = new RegExp(`\\b(?:(${EVAL_POS})|(${EVAL_NEG}))\\b`, "g");
export const TASK_EVAL_RE = new RegExp(`\\b(?:(${TASK_EVAL_POS})|(${TASK_EVAL_NEG}))\\b`, "g");
export const CAUSAL_POS_RE = new RegExp(`\\b(?:${CAUSAL_POS})`, "g");
export const CAUSAL_NEG_RE = new RegExp(`\\b(?:${CAUSAL_NEG})`, "g");
export const CAUSAL_NEUTRAL_RE = new RegExp(`\\b(?:${CAUSAL_NEUTRAL})`, "g");

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
 * The prefix index as a character trie over UTF-16 codes, so the per-word
 * lookup walks the text's characters without slicing substrings.
 */
export interface PrefixNode {
  kids: Map<number, PrefixNode>;
  list: number[] | undefined;
}
export const PREFIX_TRIE: PrefixNode = { kids: new Map(), list: undefined };
for (const [key, list] of PREFIX_INDEX) {
  let node = PREFIX_TRIE;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let next = node.kids.get(code);
    if (next === undefined) {
      next = { kids: new Map(), list: undefined };
      node.kids.set(code, next);
    }
    node = next;
  }
  node.list = list;
}
