// Text preparation: a lowercased view with the same UTF-16 length as the
// original (so every offset found in it is valid in the original), and a
// sentence / clause segmentation that the scope rules work on.

import type { ReportRegion } from "./scope";

export interface Clause {
  start: number;
  end: number;
  sentence: number;
  /** The clause opens with a contrast marker (but, though, although, however, yet, whereas). */
  contrast: boolean;
}

export interface Mark {
  start: number;
  end: number;
  /** 1 or 2 when the pattern has two alternative groups (positive / negative), else 0. */
  group: number;
}

export interface Segmented {
  text: string;
  norm: string;
  /** Per-call memo of all matches of a shared global regex, so scope checks scan the text once. */
  memo: Map<RegExp, Mark[]>;
  sentences: Array<{ start: number; end: number }>;
  clauses: Clause[];
  /** Per-call memo of scope checks keyed by offset (see scope.ts agentBefore). */
  objectMemo?: Map<number, boolean>;
  /** Per-call memo of scope.ts reportedRegions: the rules and the features both read it. */
  reports?: ReportRegion[];
}

const QUOTES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g;
const DQUOTES = /[\u201C\u201D\u201E]/g;
const DASHES = /[\u2012\u2013\u2014\u2015]/g;

export function normalize(text: string): string {
  let low = text.toLowerCase();
  // A few code points (e.g. U+0130) lowercase to two UTF-16 units; fall back
  // to ASCII-only lowercasing so offsets stay aligned with the original.
  if (low.length !== text.length) low = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return low.replace(QUOTES, "'").replace(DQUOTES, '"').replace(DASHES, "-");
}

// Sentence ends: terminal punctuation followed by space/end, or line breaks.
const SENTENCE_END = /[.!?]+(?=[\s"')\]]|$)|\n+/g;

// Clause boundaries inside a sentence. Contrast words open a clause and mark
// it, because concession/contrast drives reported-speech rejection. "and"/"so"
// only split when a new subject follows, so "tired and flustered" stays whole.
const CLAUSE_BREAK =
  /[,;:()[\]"]|\s-\s|\b(?:(but|though|tho|although|however|whereas|yet)\b|(?:and|so|then)\b(?=\s+(?:i|i'm|i'd|i've|i'll|the|my|he|she|they|we|it|it's|her|his|our|their|that|this|there|everyone|nobody|people)\b)|which\b)/g;

function pushSentence(
  norm: string,
  sentences: Array<{ start: number; end: number }>,
  clauses: Clause[],
  start: number,
  end: number,
): void {
  if (end <= start || isBlank(norm, start, end)) return;
  const idx = sentences.length;
  sentences.push({ start, end });
  let cStart = start;
  let contrast = false;
  CLAUSE_BREAK.lastIndex = start;
  const body = norm.slice(0, end);
  for (let m = CLAUSE_BREAK.exec(body); m !== null; m = CLAUSE_BREAK.exec(body)) {
    if (m.index >= end) break;
    const c0 = m[0].charCodeAt(0);
    const isWord = c0 >= 97 && c0 <= 122;
    const cut = isWord ? m.index : m.index + m[0].length;
    if (cut > cStart && !isBlank(norm, cStart, cut)) {
      clauses.push({ start: cStart, end: cut, sentence: idx, contrast });
      contrast = false;
    }
    if (isWord) {
      cStart = m.index;
      if (m[1] !== undefined) contrast = true;
    } else {
      cStart = cut;
    }
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  if (end > cStart && !isBlank(norm, cStart, end)) {
    clauses.push({ start: cStart, end, sentence: idx, contrast });
  }
}

/** Whether norm[start, end) is all whitespace (what String.trim() removes, for the common cases). */
function isBlank(norm: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 11 && c !== 12 && c !== 0xa0 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200a) && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x205f && c !== 0x3000 && c !== 0x1680) {
      return false;
    }
  }
  return true;
}

export function segment(text: string): Segmented {
  const norm = normalize(text);
  const sentences: Array<{ start: number; end: number }> = [];
  const clauses: Clause[] = [];
  let sStart = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(norm); m !== null; m = SENTENCE_END.exec(norm)) {
    pushSentence(norm, sentences, clauses, sStart, m.index + m[0].length);
    sStart = m.index + m[0].length;
  }
  pushSentence(norm, sentences, clauses, sStart, norm.length);
  return { text, norm, sentences, clauses, memo: new Map() };
}

export function clauseAt(clauses: readonly Clause[], pos: number): number {
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (pos >= c.start && pos < c.end) return i;
  }
  return clauses.length - 1;
}

/** All matches of a global regex over the normalised text, computed once per call. */
export function marks(seg: Segmented, re: RegExp): Mark[] {
  let out = seg.memo.get(re);
  if (out !== undefined) return out;
  out = [];
  re.lastIndex = 0;
  for (let m = re.exec(seg.norm); m !== null; m = re.exec(seg.norm)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, group: m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 0 });
  }
  seg.memo.set(re, out);
  return out;
}
