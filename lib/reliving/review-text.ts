import type { MasteryReview, MasteryReviewSection } from "./review";

/**
 * The review as plain text, for the plain-text twin of the pre-performance email and
 * anywhere markup is unavailable. Same order and words as the page.
 */

function sectionLines(section: MasteryReviewSection): string[] {
  switch (section.kind) {
    case "intro":
      return [section.heading, section.text];
    case "wins":
      return [
        section.heading,
        ...section.wins.flatMap((win) => [
          "",
          `${win.title} (${win.domainLabel})`,
          ...win.quotes.map((quote) => `${quote.label}: ${quote.text}`),
        ]),
      ];
    case "capability":
      return [section.heading, section.statement];
    case "anchor":
      return [section.heading, `Your cue: ${section.cue}`, section.text];
    case "level":
      return [section.heading, section.levelTitle, section.successCriteria];
    case "close":
      return [section.text];
  }
}

export function masteryReviewText(review: MasteryReview): string {
  return review.sections.map((section) => sectionLines(section).join("\n")).join("\n\n");
}
