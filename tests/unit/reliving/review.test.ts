import { describe, expect, it } from "vitest";
import { buildMasteryReview, masteryReviewText, type PinnedWin } from "../../../lib/reliving";

const TALK: PinnedWin = {
  id: "s1",
  title: "First conference talk",
  domain: "professional",
  answers: {
    challenge: "A room of 200 people.",
    actions: "I rehearsed every evening for a week.",
    obstacles: "The projector failed.",
    resources: "",
    feelings: "Shaky, then proud.",
  },
};
const RUN: PinnedWin = { id: "s2", title: "Half marathon", domain: "athletic", answers: { actions: "Trained 12 weeks." } };
const TOAST: PinnedWin = { title: "Toast at a wedding", domain: "social", answers: { actions: "Wrote it out." } };
const EXTRA: PinnedWin = { title: "Quit sugar", domain: "personal", answers: { actions: "One day at a time." } };

const LEVEL = { title: "Present for 5 minutes to your team", successCriteria: "You finish all your points." };

describe("buildMasteryReview", () => {
  it("puts the pieces in order: intro, wins, capability, anchor, level, close", () => {
    const review = buildMasteryReview({
      pinned: [TALK, RUN],
      capabilityStatement: "I am someone who can prepare for hard things",
      anchorCue: "Thumb and finger",
      level: LEVEL,
    });
    expect(review.sections.map((s) => s.kind)).toEqual(["intro", "wins", "capability", "anchor", "level", "close"]);
    expect(review.missing).toEqual([]);
  });

  it("quotes the client's own words, labelled, skipping blank answers and the challenge description", () => {
    const review = buildMasteryReview({ pinned: [TALK], level: null });
    const wins = review.sections.find((s) => s.kind === "wins");
    expect(wins?.kind === "wins" && wins.wins).toEqual([
      {
        id: "s1",
        title: "First conference talk",
        domainLabel: "Professional / Academic",
        quotes: [
          { key: "actions", label: "What you did", text: "I rehearsed every evening for a week." },
          { key: "obstacles", label: "What you overcame", text: "The projector failed." },
          { key: "feelings", label: "How it felt", text: "Shaky, then proud." },
        ],
      },
    ]);
  });

  it("uses at most three pinned wins, in the given order", () => {
    const review = buildMasteryReview({ pinned: [RUN, TALK, TOAST, EXTRA] });
    const wins = review.sections.find((s) => s.kind === "wins");
    expect(wins?.kind === "wins" && wins.wins.map((w) => w.title)).toEqual([
      "Half marathon",
      "First conference talk",
      "Toast at a wedding",
    ]);
  });

  it("leaves out what the client has not set up and says what is missing", () => {
    const review = buildMasteryReview({ pinned: [], capabilityStatement: "  ", anchorCue: null });
    expect(review.sections.map((s) => s.kind)).toEqual(["intro", "close"]);
    expect(review.missing).toEqual(["pinned", "capabilityStatement", "anchorCue"]);
  });

  it("shows the current level's success criteria", () => {
    const review = buildMasteryReview({ pinned: [RUN], level: LEVEL });
    expect(review.sections.find((s) => s.kind === "level")).toEqual({
      kind: "level",
      heading: "What success looks like this time",
      levelTitle: LEVEL.title,
      successCriteria: LEVEL.successCriteria,
    });
  });

  it("renders as plain text for the email twin with the same words", () => {
    const text = masteryReviewText(
      buildMasteryReview({ pinned: [RUN], capabilityStatement: "I am someone who can train", anchorCue: "Fist", level: LEVEL }),
    );
    expect(text).toContain("You've succeeded in challenging situations before.");
    expect(text).toContain("Half marathon (Athletic / Physical)\nWhat you did: Trained 12 weeks.");
    expect(text).toContain("I am someone who can train");
    expect(text).toContain("Your cue: Fist");
    expect(text).toContain(LEVEL.successCriteria);
  });
});
