// Attribution tagger: what a client credits or blames for an outcome.
// Pure and deterministic: no I/O, no clock, no randomness. See
// docs/attribution.md for the pipeline and /work/shared/attribution/GUIDE.md
// for the label scheme.

import { causeSet, detectCauses } from "./causes";
import { deriveFlags, deriveLocus, findMinimizing } from "./flags";
import { segment } from "./text";
import type { Cause, EvidenceSpan, Flag, TagInput, TagResult } from "./types";

export * from "./types";

/** Bump whenever a rule or lexicon changes, so stored results can be re-tagged. */
export const TAGGER_VERSION = "2026.11.2";

function span(text: string, start: number, end: number): EvidenceSpan {
  return { start, end, text: text.slice(start, end) };
}

export function tagReflection(input: TagInput): TagResult {
  const text = typeof input?.text === "string" ? input.text : "";
  const outcome = input?.outcome === "setback" ? "setback" : "success";
  if (text.trim() === "") {
    return { causes: [], locus: "none", flags: [], evidence: {}, version: TAGGER_VERSION };
  }
  const seg = segment(text);
  const hits = detectCauses(seg, outcome);
  const causes = causeSet(hits);
  const minimizingSpans = findMinimizing(seg.norm, outcome);
  const flags = deriveFlags(outcome, causes, minimizingSpans.length > 0);

  const evidence: Partial<Record<Cause | Flag, EvidenceSpan[]>> = {};
  for (const h of hits) (evidence[h.cause] ??= []).push(span(text, h.start, h.end));
  const spansOf = (pick: (c: Cause) => boolean): EvidenceSpan[] =>
    hits.filter((h) => pick(h.cause)).map((h) => span(text, h.start, h.end));
  for (const f of flags) {
    if (f === "minimizing") evidence.minimizing = minimizingSpans.map((s) => span(text, s.start, s.end));
    else if (f === "external_success") evidence.external_success = spansOf(() => true);
    else if (f === "fixed_ability_setback") evidence.fixed_ability_setback = spansOf((c) => c === "ability");
    else evidence.internal_controllable = spansOf((c) => c === "effort" || c === "strategy");
  }
  return { causes, locus: deriveLocus(causes), flags, evidence, version: TAGGER_VERSION };
}
