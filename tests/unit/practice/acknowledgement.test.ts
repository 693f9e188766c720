import { describe, expect, it } from "vitest";
import { acknowledgement, type AcknowledgementInput } from "@/lib/practice/acknowledgement";
import type { LevelState } from "@/lib/practice/progression";

const HOLLOW_PRAISE = [
  "great job",
  "good job",
  "nice job",
  "nice work",
  "well done",
  "amazing",
  "awesome",
  "fantastic",
  "incredible",
  "brilliant",
  "excellent",
  "outstanding",
  "wonderful",
  "superb",
  "perfect",
  "proud of you",
  "you're a star",
  "superstar",
  "nailed it",
  "you rock",
  "way to go",
  "keep it up",
  "bravo",
  "natural",
  "lucky",
  "luck",
];

const base: AcknowledgementInput = {
  outcome: "success",
  levelTitle: "Present to supportive friend for 2 minutes",
  effort: 4,
  confidenceBefore: 55,
  confidenceAfter: 75,
  plan: "Thursday after dinner, in the living room with Sam",
  progress: { state: "in_progress", successes: 1, required: 2 },
};

function text(input: AcknowledgementInput): string {
  const ack = acknowledgement(input);
  return [ack.headline, ...ack.lines].join("\n");
}

describe("acknowledgement", () => {
  it("names the level, the client's plan, effort, confidence change and progress", () => {
    const ack = acknowledgement(base);
    expect(ack.headline).toBe("You succeeded at “Present to supportive friend for 2 minutes”.");
    expect(ack.lines).toEqual([
      "You made a plan, “Thursday after dinner, in the living room with Sam”, and carried out the attempt.",
      "You rated the effort at 4 of 5: this success came from real effort you put in.",
      "Your confidence went from 55 before to 75 after: you now have evidence of what you can do.",
      "That is 1 of 2 successful attempts needed to master this level.",
    ]);
  });

  it("is deterministic", () => {
    expect(acknowledgement(base)).toEqual(acknowledgement({ ...base }));
  });

  it("reframes a setback as information and points to the next adjustment", () => {
    const ack = acknowledgement({ ...base, outcome: "setback", confidenceAfter: 40 });
    expect(ack.headline).toContain("This is information, not a verdict on your capability.");
    expect(ack.lines).toContain("The successes you already have on this level still count: 1 of 2.");
    expect(ack.lines.at(-1)).toBe("Next: what did you learn, and what would you adjust next time?");
  });

  it("names mastery and the next level", () => {
    const ack = acknowledgement({ ...base, progress: { state: "mastered", successes: 2, required: 2 }, nextLevelTitle: "Level 2" });
    expect(ack.lines.at(-1)).toBe("You have mastered this level. Next: “Level 2”. Bring the same preparation you used here.");
  });

  it("says the coach will confirm when the level awaits confirmation", () => {
    const ack = acknowledgement({ ...base, progress: { state: "awaiting_coach", successes: 1, required: 1 } });
    expect(ack.lines.at(-1)).toBe("You have reached the 1 successful attempt this level asks for; your coach will confirm it with you.");
  });

  it("invites a step up when a success took little effort", () => {
    expect(text({ ...base, effort: 1 })).toContain("If this level now feels easy, tell your coach");
  });

  it("leaves out what the client did not record and shortens a long plan", () => {
    const ack = acknowledgement({ ...base, effort: null, confidenceAfter: null, plan: `  ${"x".repeat(300)}  `, progress: null });
    expect(ack.lines).toHaveLength(1);
    expect(ack.lines[0]?.length).toBeLessThan(220);
    expect(ack.lines[0]).toContain("…”");
  });

  it("never contains hollow praise, whatever was recorded", () => {
    const states: (LevelState | null)[] = [null, "in_progress", "awaiting_coach", "mastered"];
    for (const outcome of ["success", "setback"] as const) {
      for (const effort of [null, 1, 2, 3, 4, 5]) {
        for (const [before, after] of [[null, null], [40, 80], [80, 40], [60, 60]] as const) {
          for (const state of states) {
            for (const ladderComplete of [false, true]) {
              const message = text({
                ...base,
                outcome,
                effort,
                confidenceBefore: before,
                confidenceAfter: after,
                progress: state ? { state, successes: 1, required: 2 } : null,
                nextLevelTitle: state === "mastered" ? "Next level" : null,
                ladderComplete,
              }).toLowerCase();
              for (const phrase of HOLLOW_PRAISE) {
                expect(message, `"${phrase}" in: ${message}`).not.toMatch(new RegExp(`\\b${phrase}\\b`));
              }
              expect(message).not.toMatch(/!/);
            }
          }
        }
      }
    }
  });
});
