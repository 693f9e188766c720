import { describe, expect, it } from "vitest";
import { isFinished, nextStep, sectionById, SCREENING_SECTIONS } from "../../../lib/screening";
import { NO_OTHER_CONCERNS, phq9 } from "./helpers";

describe("nextStep", () => {
  it("starts with the PHQ-2 and stays there until both items are answered", () => {
    expect(nextStep({})).toBe("phq2");
    expect(nextStep({ phq9_1: 3 })).toBe("phq2");
  });

  it("goes to the other questions after a negative PHQ-2 (total 2)", () => {
    expect(nextStep({ phq9_1: 1, phq9_2: 1 })).toBe("other");
  });

  it("goes to the PHQ-9 after a positive PHQ-2 (total 3), carrying the two answers over", () => {
    expect(nextStep({ phq9_1: 2, phq9_2: 1 })).toBe("phq9");
    expect(nextStep({ ...phq9([2, 1, 0, 0, 0, 0, 0, 0]) })).toBe("phq9");
    expect(nextStep(phq9([2, 1, 0, 0, 0, 0, 0, 0, 0]))).toBe("other");
  });

  it("goes straight to safety once item 9 is above zero, skipping the rest", () => {
    expect(nextStep(phq9([2, 1, 0, 0, 0, 0, 0, 0, 1]))).toBe("safety");
    expect(nextStep({ ...phq9([3, 3, 3, 3, 3, 3, 3, 3, 3]), ...NO_OTHER_CONCERNS })).toBe("safety");
  });

  it("is done when the other questions are answered", () => {
    expect(nextStep({ phq9_1: 0, phq9_2: 0, ...NO_OTHER_CONCERNS })).toBe("done");
    const { pt_distress: _missing, ...fourOfFive } = NO_OTHER_CONCERNS;
    expect(nextStep({ phq9_1: 0, phq9_2: 0, ...fourOfFive })).toBe("other");
  });

  it("safety and done are the two endings", () => {
    expect(isFinished("safety")).toBe(true);
    expect(isFinished("done")).toBe(true);
    expect(isFinished("phq9")).toBe(false);
  });
});

describe("sections", () => {
  it("the PHQ-9 page asks only items 3–9 plus the difficulty question", () => {
    const ids = sectionById("phq9").groups.flatMap((g) => g.questions.map((q) => q.id));
    expect(ids).toEqual(["phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8", "phq9_9", "phq9_difficulty"]);
  });

  it("uses the instrument's exact stem and item wording", () => {
    const phq2 = sectionById("phq2").groups[0];
    expect(phq2?.stem).toBe("Over the last 2 weeks, how often have you been bothered by any of the following problems?");
    expect(phq2?.questions.map((q) => q.text)).toEqual([
      "Little interest or pleasure in doing things",
      "Feeling down, depressed, or hopeless",
    ]);
    expect(phq2?.questions[0]?.options).toEqual([
      { value: 0, label: "Not at all" },
      { value: 1, label: "Several days" },
      { value: 2, label: "More than half the days" },
      { value: 3, label: "Nearly every day" },
    ]);
  });

  it("section titles say nothing about depression or diagnosis", () => {
    for (const section of SCREENING_SECTIONS) expect(section.title).not.toMatch(/depress|diagnos|disorder|trauma/i);
  });
});
