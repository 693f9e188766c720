// Scope rules: negation, counterfactuals, reported speech, who the agent of a
// clause is, and relative-clause descriptions. All work on the normalised text
// and plain offsets; nothing here allocates more than a few small arrays.

import * as textMod from "./text";
import type { Clause, Segmented } from "./text";
import { PERSON_RE } from "./lexicon";
import { groupByFirstLetter as G } from "./prefilter";

// Local alias: imported bindings are getter calls under the CommonJS transform.
const marks = textMod.marks;

export interface Span {
  start: number;
  end: number;
}

function inside(pos: number, spans: readonly Span[]): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}

// "refuse to believe" and "far from" deny what follows just like "not".
// Word alternatives grouped by first letter (same matches, fewer tries per position).
const NEGATOR = new RegExp(
  `\\b(?:${G("not|no|never|nobody|nothing|none|neither|nor|without|hardly|barely|scarcely|cannot|lack(?:ed|ing)?|refuse to believe|far from|nowhere near|dont|didnt|wasnt|isnt|cant|couldnt|wouldnt|hadnt|havent|wont|doesnt|arent|werent|aint")})\\b|n't\\b`,
  "g",
);

function lowerBound(ms: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

/** Words ([a-z0-9']+ runs) that start in [from, to): a direct scan of the usually short gap. */
function wordsBetween(seg: Segmented, from: number, to: number): number {
  const norm = seg.norm;
  let n = 0;
  let prevWord = from > 0 && isWordCode(norm.charCodeAt(from - 1));
  for (let i = from; i < to; i++) {
    const w = isWordCode(norm.charCodeAt(i));
    if (w && !prevWord) n++;
    prevWord = w;
  }
  return n;
}

/** Index of the first mark starting at or after `pos` (marks are sorted by start). */
export function firstFrom(ms: readonly { start: number }[], pos: number): number {
  return lowerBound(ms, pos);
}

/** Whether any mark of `re` starts in [from, to). */
export function anyWithin(seg: Segmented, re: RegExp, from: number, to: number): boolean {
  const ms = marks(seg, re);
  const i = lowerBound(ms, from);
  return i < ms.length && ms[i]!.start < to;
}

// Phrases after a cue that deny it: "luck had nothing to do with it",
// "tiredness wasn't the reason".
const POST_DENIAL =
  /^[^,.;!?]{0,40}?\b(?:had|has|have) (?:nothing|little) to do with|^[^,.;!?]{0,25}?\b(?:wasn't|isn't|was not|is not|weren't) (?:it|why|the (?:reason|problem|issue|cause))\b|^[^,.;!?]{0,25}?\bdidn't (?:matter|come into it)/;

// Cheap gate for POST_DENIAL: one of its verbs must occur after the cue.
const POST_GATE = /\b(?:had|has|have) (?:nothing|little)|\b(?:wasn't|isn't|was not|is not|weren't|didn't)\b/g;

/**
 * Number of negations governing [start,end): negators in the same clause, at
 * most `window` words before the cue, that are not part of another matched
 * phrase, plus a post-cue denial. Odd = negated. A negator is consumed by the
 * nearest cue after it, so "hadn't slept and hadn't practised" negates each
 * once; "no" as a determiner only reaches the next couple of words.
 */
export function negationCount(
  seg: Segmented,
  clause: Clause,
  start: number,
  end: number,
  protectedSpans: readonly Span[],
  window = 6,
  blockers: readonly Span[] = protectedSpans,
): number {
  const { norm } = seg;
  let count = 0;
  const negs = marks(seg, NEGATOR);
  for (let i = lowerBound(negs, clause.start); i < negs.length && negs[i]!.start < start; i++) {
    const m = negs[i]!;
    if (inside(m.start, protectedSpans)) continue;
    const negEnd = m.end;
    const gap = wordsBetween(seg, negEnd, start);
    if (gap > (negEnd - m.start === 2 && norm.startsWith("no", m.start) ? 1 : window)) continue;
    // "not only" / "no doubt" / "no wonder" do not negate what follows.
    if (/^ (?:only|doubt|wonder|matter)\b/.test(norm.slice(negEnd, negEnd + 8))) continue;
    // "hadn't slept and hadn't rehearsed": a later negator after a coordination takes over.
    const between = norm.slice(negEnd, start);
    if (/\band\b|,/.test(between) && /\b(?:not|never|no)\b|n't\b/.test(between.slice(between.search(/\band\b|,/)))) continue;
    let blocked = false;
    for (const b of blockers) {
      if (b.start >= negEnd && b.end <= start && !(b.start === start && b.end === end)) {
        blocked = true;
        break;
      }
    }
    if (blocked) continue;
    count++;
  }
  if (end < clause.end && anyWithin(seg, POST_GATE, end, clause.end) && POST_DENIAL.test(norm.slice(end, clause.end))) count++;
  return count;
}

const COUNTERFACTUAL = new RegExp(
  `\\b(?:${G("if (?:i|i'd|we|we'd|only)\\b|had i\\b|should(?:n't)? have\\b|should've\\b|could(?:'ve| have)\\b|would(?:'ve| have)\\b|wish i\\b|must(?:'ve| have)\\b|if it hadn't been\\b")})`,
  "g",
);

/** A cue inside an unreal conditional ("if I'd slept", "I should have practised") describes its absence. */
export function isCounterfactual(seg: Segmented, clause: Clause, start: number, protectedSpans: readonly Span[]): boolean {
  const ms = marks(seg, COUNTERFACTUAL);
  for (let i = lowerBound(ms, clause.start); i < ms.length && ms[i]!.start < start; i++) {
    if (!inside(ms[i]!.start, protectedSpans)) return true;
  }
  return false;
}

const FIRST_PERSON = /\b(?:i|i'm|i'd|i've|i'll|im|ive|myself|we|we'd|we've)\b/g;
const THIRD_PERSON = new RegExp(`\\b(?:${PERSON_RE}|he|she|they)\\b`, "g");
// Words after which a new subject starts: reporting verbs, subordinators.
const SUBCLAUSE = new RegExp(`\\b(?:${G("says?|said|thinks?|thought|reckons?|believes?|told me|telling me|because|that|when|while|after|before|if|so|since|as|until|once")})\\b`, "g");
// A person right after these is an object ("asked a colleague", "to the group").
const OBJECT_BEFORE = /\b(?:[a-z]{2,}ing|to|with|for|at|from|about|of|by|on|in|into|than|like|asked|told|met|saw|called|emailed|thanked|beat|played|let|made|got|had|watched|joined|ask|tell|meet)\s+(?:(?:my|the|a|an|our|their|his|her|some|this|that)\s+)?(?:[a-z-]+\s+)?$/;

/** OBJECT_BEFORE over the 40 characters before `at` (not before `from`); memoised when `from` does not cut the window. */
function isObject(seg: Segmented, from: number, at: number): boolean {
  if (from > at - 40) return OBJECT_BEFORE.test(seg.norm.slice(Math.max(from, at - 40), at));
  const memo = (seg.objectMemo ??= new Map());
  let v = memo.get(at);
  if (v === undefined) {
    v = OBJECT_BEFORE.test(seg.norm.slice(at - 40, at));
    memo.set(at, v);
  }
  return v;
}

/** Who is doing things just before `pos` in the clause: the nearest subject-like word wins. */
export function agentBefore(seg: Segmented, clause: Clause, pos: number): "self" | "other" | "none" {
  const { norm } = seg;
  let from = clause.start;
  const subs = marks(seg, SUBCLAUSE);
  for (let i = lowerBound(subs, clause.start); i < subs.length && subs[i]!.start < pos; i++) from = subs[i]!.end;
  let lastSelf = -1;
  let lastOther = -1;
  const fp = marks(seg, FIRST_PERSON);
  for (let i = lowerBound(fp, from); i < fp.length && fp[i]!.start < pos; i++) lastSelf = fp[i]!.start;
  const tp = marks(seg, THIRD_PERSON);
  for (let i = lowerBound(tp, from); i < tp.length && tp[i]!.start < pos; i++) {
    const m = tp[i]!;
    if (isObject(seg, from, m.start)) continue;
    if (norm.startsWith("people", m.start) && /\b(?:some|other)\s+$/.test(norm.slice(Math.max(from, m.start - 6), m.start))) continue;
    // "great teacher and lots of hard work": a coordinated noun, not a subject.
    const gap = norm.slice(m.end, pos);
    if (/\b(?:and|plus|as well as|with)\b/.test(gap) && !/\b(?:was|were|is|are|had|has|did|went|kept|made|took|gave)\b/.test(gap)) continue;
    lastOther = m.start;
  }
  if (lastSelf < 0 && lastOther < 0) return "none";
  return lastOther > lastSelf ? "other" : "self";
}

// "the one topic I hadn't revised", "a question I'd happened to see": the
// cue describes a noun, it is not the writer's explanation.
const RELATIVE_TAIL = /\b(?:the|a|an|one|any)\s+(?:(?!(?:me|him|her|us|them|told|tells|said|says|thinks|thought|reckons|reckoned|knew|felt|was|were|is)\b)[a-z-]+\s+){0,2}?(?!way\b|how\b|reason\b|me\b|him\b|her\b|us\b|them\b)[a-z-]+\s+(?:that\s+|which\s+)?i(?:'d|'ve| had| have| did)?\s+(?:[a-z']+\s+)?$/;

// A noun phrase after a clause-initial preposition is a fronted adverbial,
// not a described noun: "For the exam I made a schedule", "At the meeting I ...".
const FRONTED_PP = /^\s*(?:(?:and|then|so|but)\s+)?(?:for|at|in|on|before|after|during|by|with|over|from|throughout|ahead of|going into|leading up to)\s+$/;
// The noun phrase is the complement of a nominal causal frame, so the writer is
// naming the cause: "what won it was the three evenings I spent prepping".
const FRAME_BEFORE = /\b(?:what|difference|key|reason|secret|trick|thing that)\b[^.!?]*\b(?:was|is|were)\s+$/;

export function isRelativeDescription(seg: Segmented, clause: Clause, start: number): boolean {
  const from = Math.max(clause.start, start - 60);
  const prefix = seg.norm.slice(from, start);
  const m = RELATIVE_TAIL.exec(prefix);
  if (m === null) return false;
  const head = seg.norm.slice(clause.start, from + m.index);
  if (FRONTED_PP.test(head) || FRAME_BEFORE.test(head)) return false;
  return true;
}

// A third party's view: "my coach reckons...", "people say...".
const REPORT_FRAME = new RegExp(
  `\\b(?:${PERSON_RE}|he|she|they)(?:\\s+(?:at|from|in|on)\\s+(?:\\w+\\s+)?\\w+)?\\s+(?:(?:keeps?|kept|always|just|clearly|all|even|would|might)\\s+)*(?:says?|said|saying|thinks?|thought|reckons?|reckoned|believes?|believed|tells? me|told me|telling me|claims?|claimed|insists?|insisted|suggested|suggests|reckon|assumes?|assumed|figures?|figured|remarked|commented|mentioned|noted|admitted|agreed|complained|joked|pointed out|told everyone)\\b`,
  "g",
);
// Cheap gate: most reflections have no reporting verb at all.
const REPORT_VERB = /\b(?:say|said|think|thought|reckon|believ|tell|told|claim|insist|suggest|assum|figur|remark|comment|mention|note|admit|agree|complain|jok|point)/;
const ACCEPT = /\b(?:(?:she|he|they)(?:'s| is|'re| are| was| were) right|i agree|i think (?:she|he|they)(?:'s| is|'re| are) right|starting to believe|(?:fair|good) point|(?:that's|it's) true|spot on|i believe (?:her|him|them)|i'd agree)\b/;
const REJECT_OPEN = /^\s*(?:but|though|tho|although|however|yet|whereas|maybe|perhaps|really|actually|honestly|in fact|truth is|i disagree|not true|nope|no\b)/;
const REJECT_ANY = /^\s*[.!?]?\s*(?:i'm not|i am not|i don't|i do not|i didn't|it wasn't|it isn't|that wasn't|that isn't|they're wrong|(?:s?he|they) (?:was|were|is|are) wrong|not true|wrong)\s*[.!,;]|\b(?:that's not why|that isn't why|that wasn't why|that's not (?:it|true|the reason)|i don't (?:think|buy|agree)|not sure (?:about|that's)|i disagree|nonsense|rubbish)\b/;

export interface ReportRegion extends Span {
  accepted: boolean;
  /** End of the "my coach reckons" frame; the reporter is never itself the cause. */
  frameEnd: number;
}

/**
 * Regions of reported third-party opinion. Such content counts only when the
 * writer takes it on: an explicit acceptance, or no contrast following it.
 */
export function reportedRegions(seg: Segmented): ReportRegion[] {
  if (seg.reports !== undefined) return seg.reports;
  const out: ReportRegion[] = [];
  seg.reports = out;
  const { norm, clauses, sentences } = seg;
  if (!REPORT_VERB.test(norm)) return out;
  REPORT_FRAME.lastIndex = 0;
  for (let m = REPORT_FRAME.exec(norm); m !== null; m = REPORT_FRAME.exec(norm)) {
    // The frame's own clause (with "my coach" etc.) is part of the report.
    let from = m.index;
    for (const c of clauses) if (c.start <= m.index && m.index < c.end) from = c.start;
    // The reported content runs until the next contrast clause or the end of the sentence.
    let ci = 0;
    while (ci < clauses.length && clauses[ci]!.end <= from) ci++;
    const first = clauses[ci];
    if (!first) continue;
    const sentence = first.sentence;
    let end = first.end;
    let k = ci + 1;
    while (k < clauses.length && clauses[k]!.sentence === sentence && !clauses[k]!.contrast) {
      if (/^\s*(?:and|so|then)\b/.test(norm.slice(clauses[k]!.start, clauses[k]!.end))) break;
      end = clauses[k]!.end;
      k++;
    }
    // Look at what follows in this sentence and the next one.
    const nextSentence = sentences[sentence + 1];
    const followEnd = nextSentence ? nextSentence.end : sentences[sentence]!.end;
    const follow = norm.slice(end, followEnd);
    let accepted = true;
    if (ACCEPT.test(follow)) accepted = true;
    else if (REJECT_ANY.test(follow)) accepted = false;
    else {
      const nextClause = clauses[k];
      const sameSentenceContrast = nextClause !== undefined && nextClause.sentence === sentence && nextClause.contrast;
      const nextOpens = nextSentence ? REJECT_OPEN.test(norm.slice(nextSentence.start, nextSentence.end)) : false;
      if (sameSentenceContrast || nextOpens) accepted = false;
    }
    out.push({ start: from, end, accepted, frameEnd: m.index + m[0].length });
  }
  return out;
}
