// The tagging pipeline shared by tagReflection, training and evaluation:
// segment, let the rules find cues and decide, let the learned layer (when
// given) make the final call per cause and for minimizing, derive locus and
// flags, and collect evidence spans.

import * as causesMod from "./causes";
import * as flagsMod from "./flags";
import * as textMod from "./text";
import * as scopeMod from "./scope";
import * as featuresMod from "./features";
import * as modelMod from "./model";
import type { LearnedModel } from "./model";
import type { RuleView } from "./features";
import type { Example } from "./learn";
import * as types from "./types";
import type { Cause, EvidenceSpan, Flag, Outcome, TagInput } from "./types";
import type { Span } from "./scope";

const { causeSet, detectCausesDetailed } = causesMod;
const { deriveFlags, deriveLocus, findMinimizing } = flagsMod;
const segment = textMod.segment;
const reportedRegions = scopeMod.reportedRegions;
const { FEATURES, FEATURE_START, FEATURE_END, HEAD_COUNT, MINIMIZING_HEAD, extractFeatures } = featuresMod;
const headScores = modelMod.headScores;
const CAUSES = types.CAUSES;
const CAUSE_INDEX = Object.fromEntries(CAUSES.map((c, i) => [c, i])) as Record<Cause, number>;

/** The rules' reading of one reflection: decided causes, every cue match, minimizing shapes. */
function readRules(seg: textMod.Segmented, outcome: Outcome) {
  const { hits, cands } = detectCausesDetailed(seg, outcome);
  const minimizingSpans: Span[] = findMinimizing(seg.norm, outcome);
  let decidedMask = 0;
  let acceptedMask = 0;
  const reports = reportedRegions(seg);
  for (const h of hits) {
    decidedMask |= 1 << CAUSE_INDEX[h.cause];
    for (const r of reports) if (r.accepted && h.start >= r.start && h.start < r.end) acceptedMask |= 1 << CAUSE_INDEX[h.cause];
  }
  let seenMask = decidedMask;
  for (const h of cands) seenMask |= 1 << CAUSE_INDEX[h.cause];
  const view: RuleView = { decidedMask, seenMask, minimizing: minimizingSpans.length > 0 };
  return { hits, cands, minimizingSpans, view, acceptedMask };
}

export interface Tagged {
  causes: Cause[];
  locus: ReturnType<typeof deriveLocus>;
  flags: Flag[];
  evidence: Partial<Record<Cause | Flag, EvidenceSpan[]>>;
}

const EMPTY = (): Tagged => ({ causes: [], locus: "none", flags: [], evidence: {} });

function span(text: string, start: number, end: number): EvidenceSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The word whose features push head k up the most: evidence for a decision no cue explains. */
function strongestWord(model: LearnedModel, n: number, k: number): Span | undefined {
  let best: Span | undefined;
  let bestScore = 0;
  let curStart = -1;
  let curEnd = -1;
  let cur = 0;
  const flush = (): void => {
    if (curStart >= 0 && cur > bestScore) {
      bestScore = cur;
      best = { start: curStart, end: curEnd };
    }
  };
  for (let a = 0; a < n; a++) {
    const s = FEATURE_START[a]!;
    if (s < 0) continue;
    if (s !== curStart) {
      flush();
      curStart = s;
      curEnd = FEATURE_END[a]!;
      cur = 0;
    }
    // Raw quantised weights: one head's scale is positive and common to all words.
    cur += model.weights[FEATURES[a]! * HEAD_COUNT + k]!;
  }
  flush();
  return best;
}

const SHORT_TEXT_WORDS = 20;

export function tagWith(model: LearnedModel | null, input: TagInput): Tagged {
  const text = typeof input?.text === "string" ? input.text : "";
  const outcome: Outcome = input?.outcome === "setback" ? "setback" : "success";
  if (text.trim() === "") return EMPTY();
  const seg = segment(text);
  const rules = readRules(seg, outcome);
  const { hits, cands, view, acceptedMask } = rules;
  let minimizingSpans = rules.minimizingSpans;
  let causes = causeSet(hits);
  const evidence: Partial<Record<Cause | Flag, EvidenceSpan[]>> = {};

  if (model === null) {
    for (const h of hits) (evidence[h.cause] ??= []).push(span(text, h.start, h.end));
  } else {
    const { scores, featureCount, wordCount } = headScores(model, seg, outcome, view);
    const { decidedMask, seenMask } = view;
    const learned: Cause[] = [];
    const { policy } = model;
    // A short text gives the features little to go on: a cause with no cue needs a clearer signal.
    const noCue = policy.noCue + policy.shortText * Math.max(0, 1 - wordCount / SHORT_TEXT_WORDS);
    for (let k = 0; k < CAUSES.length; k++) {
      const bit = 1 << k;
      const shift = acceptedMask & bit ? policy.acceptedReport : decidedMask & bit ? policy.ruleDecided : seenMask & bit ? policy.ruleRejected : noCue + policy.noCueByCause[k]!;
      if (scores[k]! <= shift) continue;
      const cause = CAUSES[k]!;
      learned.push(cause);
      const spans = decidedMask & bit ? hits : cands;
      let found = false;
      for (const h of spans) {
        if (h.cause !== cause) continue;
        (evidence[cause] ??= []).push(span(text, h.start, h.end));
        found = true;
      }
      if (!found) {
        const w = strongestWord(model, featureCount, k);
        if (w) evidence[cause] = [span(text, w.start, w.end)];
      }
    }
    causes = learned;
    const minimizing = outcome === "success" && scores[MINIMIZING_HEAD]! > 0;
    if (!minimizing) minimizingSpans = [];
    else if (minimizingSpans.length === 0) {
      const w = strongestWord(model, featureCount, MINIMIZING_HEAD);
      // No single word stands out: the whole reflection is the evidence.
      minimizingSpans = [w ?? { start: 0, end: text.length }];
    }
  }

  const flags = deriveFlags(outcome, causes, minimizingSpans.length > 0);
  for (const f of flags) {
    const spans: EvidenceSpan[] = [];
    if (f === "minimizing") {
      for (const s of minimizingSpans) if (s.end > s.start) spans.push(span(text, s.start, s.end));
    } else {
      for (const c of causes) {
        const keep = f === "external_success" || (f === "fixed_ability_setback" ? c === "ability" : c === "effort" || c === "strategy");
        if (keep) for (const e of evidence[c] ?? []) spans.push(e);
      }
    }
    evidence[f] = spans;
  }
  return { causes, locus: deriveLocus(causes), flags, evidence };
}

export function tagRulesOnly(input: TagInput): Tagged {
  return tagWith(null, input);
}

/** Features and gold labels of one labelled item, for training. */
export function buildExample(item: { outcome: Outcome; text: string; causes: readonly string[]; flags: readonly string[] }): Example {
  const seg = segment(item.text);
  const n = extractFeatures(seg, item.outcome, readRules(seg, item.outcome).view);
  const labels = new Uint8Array(HEAD_COUNT);
  CAUSES.forEach((c, k) => (labels[k] = item.causes.includes(c) ? 1 : 0));
  labels[MINIMIZING_HEAD] = item.flags.includes("minimizing") ? 1 : 0;
  return { features: FEATURES.slice(0, n), labels };
}
