// Cause detection: find cue matches, then keep only those the writer presents
// as a reason for this outcome. The central idea is valence agreement: a
// factor that favours success (prepared, slept well, easy level) explains a
// success, one that works against (tired, too hard, skipped practice) explains
// a setback. Negation and counterfactuals flip the valence; a factor whose
// valence disagrees with the outcome is a concession ("I was nervous but did
// it anyway") unless a causal verb says otherwise ("being tired actually helped").

import * as types from "./types";
import type { Cause, Outcome } from "./types";
import * as prefilter from "./prefilter";
import * as compiled from "./compiled";
import type { CompiledCue } from "./compiled";
import type { Segmented, Clause } from "./text";
import * as textMod from "./text";
import * as scope from "./scope";
import type { ReportRegion, Span } from "./scope";

// Local aliases: under the CommonJS transform (tsx, vitest) every use of an
// imported binding is a getter call, which is measurable in the hot loops.
const CAUSES = types.CAUSES;
const KEYLEN = prefilter.KEYLEN;
const { ALWAYS: ALWAYS_, TRIE_NEXT: TRIE_NEXT_, TRIE_LIST: TRIE_LIST_, ALPHA, alphaOf, SUB_CUES: SUB_CUES_, EVAL_RE, TASK_EVAL_RE, CAUSAL_POS_RE, CAUSAL_NEG_RE, CAUSAL_NEUTRAL_RE } = compiled;
const { clauseAt, marks } = textMod;
const { anyWithin, firstFrom, agentBefore, isCounterfactual, isRelativeDescription, negationCount, reportedRegions } = scope;

export interface Hit extends Span {
  cause: Cause;
}

interface Candidate extends Span {
  cue: CompiledCue;
  cause: Cause;
}

const NAME_CUE: CompiledCue = { cause: "others", val: 0, kind: "needsEval", evalSet: undefined, core: false, re: /$^/ };
const CAUSAL_DIRECTED: ReadonlyArray<readonly [RegExp, number]> = [
  [CAUSAL_POS_RE, 1],
  [CAUSAL_NEG_RE, -1],
];
const NO_SPANS: readonly Span[] = [];
// Fear or avoidance turns a duration into how long something was put off.
const AVOIDANCE = /\b(?:scared|afraid|avoid(?:ed|ing)?|putting (?:it )?off|put (?:it )?off|dread(?:ed|ing)?|meaning to|too nervous|terrified|procrastinat\w*)\b/;

const INNER_NEG = /\b(?:bad|terrible|awful|poor|hopeless|useless|rubbish|weak|slow|lousy|crap)\b/;
// "practise the hard passage": a difficulty word that is the object of practice describes what was practised.
const EFFORT_OBJECT_GAP = /^\s+(?:(?:the|that|this|those|these|a|an|my|some|every|each)\s+)?(?:(?!(?:was|is|were|are|seemed|looked|felt)\b)[a-z]+\s+)?$/;

const FELT_BEFORE = /\b(?:felt|feel|feels|feeling|seemed|seems)\s+(?:[a-z]+\s+)?$/;
const HABITUAL = /\b(?:always|every (?:single )?time|whenever|never fail to|constantly)\b/;
// "I'm a nervous person by nature and always will be": a state stated as permanent is a trait.
const HABITUAL_AFTER = /^[^.!?;]{0,30}?\b(?:by nature|always (?:will be|have been|has been)|(?:all|my whole) (?:my )?life|since (?:i was|childhood))\b/;
// "at the pool", "into the room": a place where things happened, not a factor.
const LOCATIVE = /\b(?:at|in|on|by|under|to|into|from|towards|through|across|outside|inside|near|round|around)\s+$/;
// "so I could practise in peace": a purpose, not a reason.
const PURPOSE = /\b(?:so (?:that )?i (?:could|can|would|might)|in order to|to be able to)\b/;

const STATE_EFFECT_BEFORE = /\b(?:kept|keep|keeps|made|make|makes|left|leave|leaves|got|get|helped|help|helps|calmed|settled|steadied|relaxed)\s+(?:me|my)\b(?:\s+[a-z]+)?\s*$/;
const STATE_EFFECT_AFTER = /^\s*(?:enough to|at the end|by the end|afterwards|after(?:wards)? it|at the finish|on the way (?:home|out)|because|since|thanks to|as a result)\b/;
const FORECAST = /\b(?:forecast|forecasts|predicted|prediction|supposed to|expected|in case)\b/;
const GENERIC_PEOPLE = /\b(?:some people|other people|not everyone|not everybody|everyone else|people like)\b/;
const SUBJECT_DROP = /^\s*(?:(?:and|then|also|honestly|basically|just|really)\s+)*(?:been|did|done|doing|kept|went|spent|put|practi[cs]ed|trained|studied|revised|rehearsed|worked|ran|swam|drilled|read|wrote|made|took|went|got|started|switched|changed|used|tried|broke)\b/;
// "Mock interview went well", "the role-play came easily": a practice-like
// event that is the clause's subject and is followed by how it went is the
// attempt itself, not effort towards it.
const EVENT_SUBJECT_BEFORE = /^\s*(?:(?:the|my|a|this|that|today's|our|first|final|last)\s+)?(?:[a-z-]+\s+)?$/;
const EVENT_SUBJECT_AFTER = /^\s+(?:went|came|felt|ended|turned out|was (?:fine|ok|okay|good|great|a disaster|awful|rough|brutal))\b/;
// "rather than"/"instead of" compare two things; they are a choice only when I am choosing.
const CHOICE_LINK = /^(?:rather than|instead of)$/;
const CHOICE_OWNED = /\b(?:[a-z]{3,}ing|my)\b/;
const AGENT_SENSITIVE: ReadonlySet<Cause> = new Set<Cause>(["effort", "strategy", "state", "ability"]);

// First names ("Sam was my wingman") are people too. Only mid-sentence
// Title-case words count, minus words that are capitalised for other reasons.
const NAME = /(?<![.!?]\s*|^\s*|\b(?:the|a|an|in|on|at|my|our|by|from|of) )\b[A-Z][a-z]{1,14}\b(?!\s+[A-Z])/g;
const NOT_NAMES = new Set(
  ("i im monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december english french spanish german italian japanese portuguese mandarin chinese " +
    "korean russian arabic dutch greek welsh irish scottish british american europe london paris christmas easter " +
    "ok okay god lol pb hr ceo gp zoom teams slack google excel powerpoint word python java spotify instagram " +
    "linkedin youtube whatsapp uber duolingo pomodoro star level maths math chapter grade mum mom dad").split(" "),
);

// Local aliases: module bindings compiled to getters are slow in the hot loop.
const ALWAYS = ALWAYS_;
const TRIE_NEXT = TRIE_NEXT_;
const TRIE_LIST = TRIE_LIST_;
const KEY_LEN = KEYLEN;
const SUB_CUES = SUB_CUES_;
/** [A-Za-z0-9_], the characters of \\w. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}
const seen = new Uint32Array(SUB_CUES.length);
let stamp = 0;

// Module-level helpers rather than per-call closures: no allocation (and no
// name-keeping wrapper under the tsx/esbuild transform) on every call.
function push(found: Candidate[], norm: string, cue: CompiledCue, m: RegExpExecArray): void {
  const end = m.index + m[0].length;
  pushSpan(found, norm, cue, cue.core && m[1] !== undefined ? end - m[1].length : m.index, end);
}
function pushSpan(found: Candidate[], norm: string, cue: CompiledCue, start: number, end: number): void {
  while (start < end && norm.charCodeAt(start) === 32) start++;
  while (end > start && norm.charCodeAt(end - 1) === 32) end--;
  if (end > start) found.push({ start, end, cue, cause: cue.cause });
}
function longestFirst(a: Span, b: Span): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}
function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

function collect(seg: Segmented): Candidate[] {
  const norm = seg.norm;
  const found: Candidate[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(seg.text); m !== null; m = NAME.exec(seg.text)) {
    if (NOT_NAMES.has(m[0].toLowerCase())) continue;
    found.push({ start: m.index, end: m.index + m[0].length, cue: NAME_CUE, cause: "others" });
  }
  // Alternatives whose first word cannot be listed scan the whole text
  // (one global scan is cheaper than a sticky try at every word start).
  for (const i of ALWAYS) {
    const { cue, re } = SUB_CUES[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      push(found, norm, cue, m);
    }
  }
  // The rest are tried only at word starts whose 1-3 letter prefix they can begin with.
  const len = norm.length;
  for (let at = 0; at < len; at++) {
    // Word starts only: a word character not preceded by one.
    if (!isWordCode(norm.charCodeAt(at)) || (at > 0 && isWordCode(norm.charCodeAt(at - 1)))) continue;
    if (++stamp === 0xffffffff) {
      seen.fill(0);
      stamp = 1;
    }
    let node = 0;
    const stop = len - at < KEY_LEN ? len : at + KEY_LEN;
    for (let p = at; p < stop; p++) {
      const a = alphaOf(norm.charCodeAt(p));
      if (a < 0) break;
      node = TRIE_NEXT[node * ALPHA + a]!;
      if (node === 0) break;
      const list = TRIE_LIST[node];
      if (list === undefined) continue;
      for (let j = 0; j < list.length; j++) {
        const si = list[j]!;
        if (seen[si] === stamp) continue;
        seen[si] = stamp;
        const sub = SUB_CUES[si]!;
        const re = sub.sticky;
        re.lastIndex = at;
        if (sub.cue.core) {
          const m = re.exec(norm);
          if (m !== null && m[0].length > 0) push(found, norm, sub.cue, m);
        } else if (re.test(norm) && re.lastIndex > at) {
          // A sticky match starts at `at` and ends at lastIndex: no match array needed.
          pushSpan(found, norm, sub.cue, at, re.lastIndex);
        }
      }
    }
  }
  // Longest match wins where cues overlap ("bad luck" over "luck").
  found.sort(longestFirst);
  const kept: Candidate[] = [];
  for (const c of found) {
    let clash = false;
    for (const k of kept) {
      if (c.start < k.end && k.start < c.end) {
        clash = true;
        break;
      }
    }
    if (!clash) kept.push(c);
  }
  return kept.sort(byStart);
}

interface Directed {
  pos: number;
  neg: number;
}

/** Sum of evaluative words in [from,to), each with its own negation. */
/**
 * Direction given to a bare mention by evaluative words in its clause. The
 * nearest one wins ("great teacher and lots of hard work": the teacher is
 * great); words inside another cause's cue are that cue's business, except
 * luck, which says how a thing went ("luck with the weather").
 */
function evalValence(seg: Segmented, clause: Clause, cue: Candidate, cands: readonly Candidate[], re: RegExp): number {
  const norm = seg.norm;
  let best = 0;
  let bestDist = Infinity;
  const ms = marks(seg, re);
  for (let i = firstFrom(ms, clause.start); i < ms.length && ms[i]!.start < clause.end; i++) {
    const m = ms[i]!;
    let owned = false;
    for (const o of cands) {
      if (o !== cue && o.cause !== cue.cause && o.cause !== "luck" && m.start >= o.start && m.end <= o.end) owned = true;
    }
    if (owned) continue;
    // "the climb felt easy": how it felt afterwards is the outcome, not the task.
    if (re === TASK_EVAL_RE && FELT_BEFORE.test(norm.slice(Math.max(clause.start, m.start - 20), m.start))) continue;
    const v = m.group === 1 ? 1 : -1;
    // Negators inside cue phrases ("nobody") still negate an evaluative word.
    const negs = negationCount(seg, clause, m.start, m.end, NO_SPANS, 3, cands);
    const signed = negs % 2 === 1 ? -v : v;
    const dist = m.end <= cue.start ? cue.start - m.end : Math.max(0, m.start - cue.end);
    if (dist < bestDist) {
      bestDist = dist;
      best = signed;
    } else if (dist === bestDist && signed !== best) best = 0;
  }
  return best;
}

function directedCausal(seg: Segmented, clause: Clause, from: number, to: number, protect: readonly Span[]): Directed {
  const out: Directed = { pos: 0, neg: 0 };
  for (const [re, sign] of CAUSAL_DIRECTED) {
    const ms = marks(seg, re);
    for (let i = firstFrom(ms, from); i < ms.length && ms[i]!.start < to; i++) {
      const m = ms[i]!;
      const negated = negationCount(seg, clause, m.start, m.end, NO_SPANS, 3, protect) % 2 === 1;
      const s = negated ? -sign : sign;
      if (s > 0) out.pos++;
      else out.neg++;
    }
  }
  return out;
}

function hasNeutralCausal(seg: Segmented, from: number, to: number): boolean {
  return anyWithin(seg, CAUSAL_NEUTRAL_RE, from, to);
}

function hasAnyCausal(seg: Segmented, from: number, to: number): boolean {
  return hasNeutralCausal(seg, from, to) || anyWithin(seg, CAUSAL_POS_RE, from, to) || anyWithin(seg, CAUSAL_NEG_RE, from, to);
}

function inRegion(pos: number, regions: readonly ReportRegion[]): ReportRegion | undefined {
  for (const r of regions) if (pos >= r.start && pos < r.end) return r;
  return undefined;
}

/** The clause plus a following "which ..." clause: "the smaller room, which helped". */
function causalWindow(seg: Segmented, ci: number): { from: number; to: number; clause: Clause } {
  const clause = seg.clauses[ci]!;
  let to = clause.end;
  const next = seg.clauses[ci + 1];
  if (next && next.sentence === clause.sentence && /^\s*(?:which|that|and that|it)\b/.test(seg.norm.slice(next.start, next.end))) to = next.end;
  return { from: clause.start, to, clause };
}

export function detectCauses(seg: Segmented, outcome: Outcome): Hit[] {
  return detectCausesDetailed(seg, outcome).hits;
}

/** Rule decisions plus every cue match before scope checks (features for the learned layer). */
export function detectCausesDetailed(seg: Segmented, outcome: Outcome): { hits: Hit[]; cands: readonly Hit[] } {
  const { clauses } = seg;
  if (clauses.length === 0) return { hits: [], cands: [] };
  const cands = collect(seg);
  if (cands.length === 0) return { hits: [], cands };
  return { hits: decide(seg, outcome, cands), cands };
}

function decide(seg: Segmented, outcome: Outcome, cands: Candidate[]): Hit[] {
  const { norm, clauses } = seg;
  const regions = reportedRegions(seg);
  const protect: Span[] = cands;
  const want = outcome === "success" ? 1 : -1;
  const hits: Hit[] = [];

  for (const c of cands) {
    const ci = clauseAt(clauses, c.start);
    const clause = clauses[ci]!;
    const sentence = seg.sentences[clause.sentence]!;
    const region = inRegion(c.start, regions);
    if (region && (!region.accepted || c.start < region.frameEnd)) continue;
    if (PURPOSE.test(norm.slice(clause.start, c.start))) continue;
    if (c.cue.kind === "needsEval" && c.cause === "circumstance" && LOCATIVE.test(norm.slice(Math.max(clause.start, c.start - 12), c.start))) continue;
    if (c.cause === "task" && /^\s*so\b/.test(norm.slice(clause.start, clause.end))) continue;

    if (c.cause === "effort" && EVENT_SUBJECT_BEFORE.test(norm.slice(clause.start, c.start)) && EVENT_SUBJECT_AFTER.test(norm.slice(c.end, clause.end))) continue;
    if (c.cue.kind === "linked" && CHOICE_LINK.test(norm.slice(c.start, c.end)) && agentBefore(seg, clause, c.start) !== "self") {
      // Subject drop ("Swapped X rather than Y") still makes me the chooser.
      // So does a gerund or "my" around it ("choosing a solid opening instead of my usual gambit").
      if (!SUBJECT_DROP.test(norm.slice(sentence.start, clause.end)) && !CHOICE_OWNED.test(norm.slice(clause.start, Math.min(clause.end, c.end + 4)))) continue;
    }
    let cause = c.cause;
    let val: number = c.cue.val;
    // "I'm not a bad speaker": the cue carries its own negative adjective.
    if (cause === "ability" && val === 1 && INNER_NEG.test(norm.slice(c.start, c.end))) val = -1;
    let kind = c.cue.kind;
    let reassigned = false;

    if (AGENT_SENSITIVE.has(cause) || kind === "weak") {
      let agent = agentBefore(seg, clause, c.start);
      // Subject ellipsis in a list: "I organised it into chunks, did one a day".
      const prev = clauses[ci - 1];
      if (kind === "weak" && agent === "none" && prev && prev.sentence === clause.sentence && !clause.contrast) agent = agentBefore(seg, prev, prev.end);
      // "Some people are born speakers", "not everyone is cut out for it": a generic
      // comparison class, not a person acting; the trait is still about me.
      if (agent === "other" && cause === "ability" && GENERIC_PEOPLE.test(norm.slice(clause.start, c.start))) agent = "self";
      // Diary-style subject drop: "Been going to classes every week", "Did the reps daily".
      if (agent === "none" && SUBJECT_DROP.test(norm.slice(sentence.start, clause.end)) && clause.start - sentence.start < 3) agent = "self";
      if (agent === "other") {
        // Someone else's effort, mood or skill is about other people.
        cause = "others";
        val = 0;
        kind = "strong";
        reassigned = true;
      } else if (kind === "weak") {
        const cl = clause;
        if (AVOIDANCE.test(norm.slice(cl.start, cl.end))) continue;
        // Verbless fragments ("a timed paper every Sunday") count next to another practice cue.
        if (agent === "none" && !cands.some((o) => o !== c && (o.cause === "effort" || o.cause === "strategy") && o.start >= cl.start && o.start < cl.end)) continue;
      }
    }
    // A feeling produced by something else is the effect, not the cause:
    // "it kept me calm", "felt strong at the end", "I felt fine because ...".
    if (cause === "state" && !reassigned && (STATE_EFFECT_BEFORE.test(norm.slice(Math.max(clause.start, c.start - 30), c.start)) || STATE_EFFECT_AFTER.test(norm.slice(c.end, sentence.end)))) continue;
    // Forecasts and plans are not what happened: "the forecast said rain".
    if (c.cause === "circumstance" && FORECAST.test(norm.slice(clause.start, c.start))) continue;
    // "I always panic in exams": a habitual state is a stable trait.
    if (cause === "state" && (HABITUAL.test(norm.slice(clause.start, c.start)) || HABITUAL_AFTER.test(norm.slice(c.end, sentence.end)))) cause = "ability";
    if (cause !== "task" && cause !== "others" && isRelativeDescription(seg, clause, c.start)) continue;
    if (cause === "task" && cands.some((o) => o.cause === "effort" && o.end <= c.start && o.start >= clause.start && EFFORT_OBJECT_GAP.test(norm.slice(o.end, c.start)))) continue;

    const negs = negationCount(seg, clause, c.start, c.end, protect);
    const negated = negs % 2 === 1;
    const cf = isCounterfactual(seg, clause, c.start, protect);

    if (c.cue.kind === "linked") {
      if (!hasAnyCausal(seg, sentence.start, sentence.end)) continue;
    }
    if (c.cue.kind === "needsEffort") {
      let effortNear = false;
      for (const o of cands) {
        if (o.cause === "effort" && o.start >= clause.start && o.start < clause.end) effortNear = true;
      }
      if (!effortNear) continue;
    }

    const win = causalWindow(seg, ci);
    const dir = directedCausal(seg, clause, win.from, win.to, protect);

    let eff: number;
    if (val !== 0) {
      eff = val * (negated ? -1 : 1) * (cf ? -1 : 1);
    } else {
      // "my teammate didn't show up" is still about the teammate.
      if (reassigned) {
        hits.push({ start: c.start, end: c.end, cause });
        // "my brother ran through the questions with me": a joint practice is my effort too.
        if ((c.cause === "effort" || c.cause === "strategy") && /\bwith me\b/.test(norm.slice(clause.start, clause.end))) hits.push({ start: c.start, end: c.end, cause: c.cause });
        continue;
      }
      if (kind === "strong" && negated) continue;
      let ev = c.cue.evalSet === "none" ? 0 : evalValence(seg, clause, c, cands, c.cue.evalSet === "task" ? TASK_EVAL_RE : EVAL_RE);
      // A bare mention takes a causal verb's direction only as the clause's
      // subject: "the new bike made a difference", not "visualising the route helped".
      if (ev === 0 && !negated && (kind !== "needsEval" || !cands.some((o) => o !== c && o.start >= clause.start && o.end <= c.start && (o.cause === "effort" || o.cause === "strategy")))) ev = dir.pos > dir.neg ? 1 : dir.neg > dir.pos ? -1 : 0;
      if (ev === 0) {
        if (kind === "strong") {
          hits.push({ start: c.start, end: c.end, cause });
          continue;
        }
        if (kind === "needsEval") continue;
        // A bare mention ("the weather was grey") is scene-setting unless a
        // causal connective in its sentence links it to what happened.
        if (!negated && hasNeutralCausal(seg, sentence.start, sentence.end)) hits.push({ start: c.start, end: c.end, cause });
        continue;
      }
      eff = ev * (cf ? -1 : 1);
      if (negated && kind !== "strong") eff = -eff;
    }

    if (eff === want) {
      hits.push({ start: c.start, end: c.end, cause });
    } else if ((want === 1 && dir.pos > 0 && dir.pos > dir.neg) || (want === -1 && dir.neg > 0 && dir.neg > dir.pos)) {
      // Explicit causal verb overrides valence: "being tired actually helped".
      if (!negated) hits.push({ start: c.start, end: c.end, cause });
    }
  }
  return hits;
}

export function causeSet(hits: readonly Hit[]): Cause[] {
  const present = new Set<Cause>();
  for (const h of hits) present.add(h.cause);
  const out: Cause[] = [];
  for (const c of CAUSES) if (present.has(c)) out.push(c);
  return out;
}
