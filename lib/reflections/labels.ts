import { CAUSES, CAUSE_INFO, type Cause, FLAGS, type Flag, type Locus } from "@/lib/attribution";

/**
 * The labels a reflection shows and exports: the coach's correction when there is one,
 * otherwise the tagger's. Pure; stored jsonb is read defensively (a later tagger or an old
 * row may hold names this build does not know, which are dropped).
 */

export interface StoredLabels {
  tag: { causes?: unknown; flags?: unknown } | null;
  coachCauses: unknown;
  coachFlags: unknown;
}

export interface ReflectionLabels {
  causes: Cause[];
  locus: Locus;
  flags: Flag[];
  /** True when a coach's correction decides what is shown. */
  corrected: boolean;
}

function known<T extends string>(value: unknown, vocabulary: readonly T[]): T[] {
  if (!Array.isArray(value)) return [];
  const set = new Set(value.filter((item): item is T => typeof item === "string" && (vocabulary as readonly string[]).includes(item)));
  return [...set].sort();
}

export function knownCauses(value: unknown): Cause[] {
  return known(value, CAUSES);
}

export function knownFlags(value: unknown): Flag[] {
  return known(value, FLAGS);
}

/** The guide's rule: internal when every cause is internal, external when every one is, mixed when both, none without causes. */
export function locusOf(causes: readonly Cause[]): Locus {
  if (causes.length === 0) return "none";
  const internal = causes.some((cause) => CAUSE_INFO[cause].locus === "internal");
  const external = causes.some((cause) => CAUSE_INFO[cause].locus === "external");
  return internal && external ? "mixed" : internal ? "internal" : "external";
}

export function isCorrected(row: Pick<StoredLabels, "coachCauses" | "coachFlags">): boolean {
  return Array.isArray(row.coachCauses) || Array.isArray(row.coachFlags);
}

export function effectiveLabels(row: StoredLabels): ReflectionLabels {
  const corrected = isCorrected(row);
  const causes = knownCauses(Array.isArray(row.coachCauses) ? row.coachCauses : row.tag?.causes);
  const flags = knownFlags(Array.isArray(row.coachFlags) ? row.coachFlags : row.tag?.flags);
  return { causes, locus: locusOf(causes), flags, corrected };
}

/** One line of the guide's JSON Lines format (GUIDE.md: sorted arrays, locus derived from the causes). */
export interface GuideRecord {
  id: string;
  outcome: "success" | "setback";
  text: string;
  causes: Cause[];
  locus: Locus;
  flags: Flag[];
}

export function toGuideRecord(row: StoredLabels & { id: string; outcome: "success" | "setback"; text: string }): GuideRecord {
  const labels = effectiveLabels(row);
  return { id: row.id, outcome: row.outcome, text: row.text, causes: labels.causes, locus: labels.locus, flags: labels.flags };
}
