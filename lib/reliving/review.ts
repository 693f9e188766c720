import { domainByKey, type DomainKey } from "../inventory/domains";
import { MAX_PINNED } from "../inventory/pins";
import type { RecallAnswers, RecallKey } from "../inventory/recall";

/**
 * Phase 4, Step 2: the pre-performance mastery review. A brief look at 2–3 pinned wins
 * in the client's own words, their capability statement, their anchor and what
 * counts as success this time. The wins quote what the client did, overcame, drew on
 * and felt — not the challenge itself — because the review is evidence of capability,
 * and the client's own account is that evidence; nothing here is praise we wrote.
 */

export interface PinnedWin {
  id?: string;
  title: string;
  domain: DomainKey;
  answers: RecallAnswers;
}

export interface ReviewLevel {
  title: string;
  successCriteria: string;
}

export interface MasteryReviewInput {
  /** In the order the client should read them; only the first MAX_PINNED are used. */
  pinned: readonly PinnedWin[];
  capabilityStatement?: string | null;
  anchorCue?: string | null;
  level?: ReviewLevel | null;
}

export interface ReviewQuote {
  key: RecallKey;
  label: string;
  text: string;
}

export interface ReviewWin {
  id?: string;
  title: string;
  domainLabel: string;
  quotes: ReviewQuote[];
}

export type MasteryReviewSection =
  | { kind: "intro"; heading: string; text: string }
  | { kind: "wins"; heading: string; wins: ReviewWin[] }
  | { kind: "capability"; heading: string; statement: string }
  | { kind: "anchor"; heading: string; cue: string; text: string }
  | { kind: "level"; heading: string; levelTitle: string; successCriteria: string }
  | { kind: "close"; text: string };

/** What the client has not set up yet, so the page can link to where they can. */
export type MissingPiece = "pinned" | "capabilityStatement" | "anchorCue";

export interface MasteryReview {
  sections: MasteryReviewSection[];
  missing: MissingPiece[];
}

const QUOTED: readonly { key: RecallKey; label: string }[] = [
  { key: "actions", label: "What you did" },
  { key: "obstacles", label: "What you overcame" },
  { key: "resources", label: "What you drew on" },
  { key: "feelings", label: "How it felt" },
];

function reviewWin(win: PinnedWin): ReviewWin {
  const quotes = QUOTED.flatMap(({ key, label }) => {
    const text = win.answers[key]?.trim();
    return text ? [{ key, label, text }] : [];
  });
  return {
    ...(win.id !== undefined && { id: win.id }),
    title: win.title.trim(),
    domainLabel: domainByKey(win.domain).label,
    quotes,
  };
}

export function buildMasteryReview(input: MasteryReviewInput): MasteryReview {
  const sections: MasteryReviewSection[] = [];
  const missing: MissingPiece[] = [];
  const wins = input.pinned.slice(0, MAX_PINNED).map(reviewWin);
  const statement = input.capabilityStatement?.trim();
  const cue = input.anchorCue?.trim();

  sections.push({
    kind: "intro",
    heading: "Before you begin",
    text: "You've succeeded in challenging situations before. Take a few minutes to look at the evidence.",
  });
  if (wins.length > 0) sections.push({ kind: "wins", heading: "Wins you've pinned", wins });
  else missing.push("pinned");

  if (statement) sections.push({ kind: "capability", heading: "What you know about yourself", statement });
  else missing.push("capabilityStatement");

  if (cue) {
    sections.push({
      kind: "anchor",
      heading: "Your anchor",
      cue,
      text: "Fire your anchor now and hold it for a few breaths. Remember, you've succeeded before.",
    });
  } else missing.push("anchorCue");

  if (input.level) {
    sections.push({
      kind: "level",
      heading: "What success looks like this time",
      levelTitle: input.level.title.trim(),
      successCriteria: input.level.successCriteria.trim(),
    });
  }
  sections.push({
    kind: "close",
    text: "Approach this challenge from what you've already proven. Focus on what you can control: your effort and your next step.",
  });
  return { sections, missing };
}
