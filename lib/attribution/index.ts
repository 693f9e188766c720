// Attribution tagger: what a client credits or blames for an outcome.
// Pure and deterministic: no I/O, no clock, no randomness. See
// docs/attribution.md for the pipeline and /work/shared/attribution/GUIDE.md
// for the label scheme.

import * as causesMod from "./causes";
import * as flagsMod from "./flags";
import * as textMod from "./text";
import type { Cause, EvidenceSpan, Flag, TagInput, TagResult } from "./types";

export * from "./types";

// Local aliases: imported bindings are getter calls under the CommonJS transform.
const { causeSet, detectCauses } = causesMod;
const { deriveFlags, deriveLocus, findMinimizing } = flagsMod;
const segment = textMod.segment;

/** Bump whenever a rule or lexicon changes, so stored results can be re-tagged. */
export const TAGGER_VERSION = "2026.11.4";

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
  for (const f of flags) {
    const spans: EvidenceSpan[] = [];
    if (f === "minimizing") {
      for (const s of minimizingSpans) spans.push(span(text, s.start, s.end));
    } else {
      for (const h of hits) {
        const c = h.cause;
        const keep = f === "external_success" || (f === "fixed_ability_setback" ? c === "ability" : c === "effort" || c === "strategy");
        if (keep) spans.push(span(text, h.start, h.end));
      }
    }
    evidence[f] = spans;
  }
  return { causes, locus: deriveLocus(causes), flags, evidence, version: TAGGER_VERSION };
}
