import { describe, expect, it } from "vitest";
import { PHQ9_SEVERITY_BANDS, phq9Severity, scoreScreening } from "../../../lib/screening";
import { NO_OTHER_CONCERNS, phq9, phq9WithTotal } from "./helpers";

describe("PHQ-2 (Kroenke 2003: positive at 3)", () => {
  it("a total of 2 is negative and does not lead on to the PHQ-9", () => {
    const result = scoreScreening({ phq9_1: 1, phq9_2: 1 });
    expect(result.phq2Total).toBe(2);
    expect(result.phq2Positive).toBe(false);
    expect(result.needsPhq9).toBe(false);
    expect(result.phq9Total).toBeUndefined();
  });

  it("a total of 3 is positive and leads on to the PHQ-9", () => {
    const result = scoreScreening({ phq9_1: 2, phq9_2: 1 });
    expect(result.phq2Total).toBe(3);
    expect(result.phq2Positive).toBe(true);
    expect(result.needsPhq9).toBe(true);
    expect(result.complete).toBe(false);
  });

  it("a positive PHQ-2 alone raises no flag: the PHQ-9 decides", () => {
    const result = scoreScreening({ phq9_1: 3, phq9_2: 3 });
    expect(result.flags).toEqual([]);
    expect(result.referralSuggested).toBe(false);
  });
});

describe("PHQ-9 (Kroenke 2001)", () => {
  it("flags at 10 but not at 9", () => {
    const nine = scoreScreening({ ...phq9WithTotal(9), ...NO_OTHER_CONCERNS });
    const ten = scoreScreening({ ...phq9WithTotal(10), ...NO_OTHER_CONCERNS });
    expect(nine.phq9Total).toBe(9);
    expect(nine.flags).toEqual([]);
    expect(nine.referralSuggested).toBe(false);
    expect(ten.phq9Total).toBe(10);
    expect(ten.flags.map((f) => f.kind)).toEqual(["depression"]);
    expect(ten.referralSuggested).toBe(true);
    expect(ten.flags[0]?.reasonForCoach).toContain("PHQ-9 total 10");
    expect(ten.flags[0]?.reasonForCoach).toContain("Consider a referral to a clinician before mastery work.");
  });

  it.each([
    [0, "none_minimal"],
    [4, "none_minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderately_severe"],
    [19, "moderately_severe"],
    [20, "severe"],
    [24, "severe"],
  ] as const)("total %i is %s", (total, severity) => {
    const result = scoreScreening(phq9WithTotal(total));
    expect(result.phq9Total).toBe(total);
    expect(result.phq9Severity).toBe(severity);
  });

  it("severity covers 0–27 with no gaps and rejects totals outside it", () => {
    expect(PHQ9_SEVERITY_BANDS.map((b) => b.min)).toEqual([0, 5, 10, 15, 20]);
    expect(phq9Severity(27)).toBe("severe");
    expect(() => phq9Severity(28)).toThrow(RangeError);
    expect(() => phq9Severity(-1)).toThrow(RangeError);
  });

  it("has no total until all nine items are answered", () => {
    const { phq9_9: _omitted, ...eight } = phq9([3, 3, 3, 3, 3, 3, 3, 3, 0]);
    const result = scoreScreening(eight);
    expect(result.phq9Total).toBeUndefined();
    expect(result.phq9Severity).toBeUndefined();
    expect(result.flags).toEqual([]);
  });

  it("keeps the functional difficulty answer for the coach without adding it to the total", () => {
    const result = scoreScreening({ ...phq9WithTotal(6), phq9_difficulty: 2 });
    expect(result.phq9Total).toBe(6);
    expect(result.phq9Difficulty).toBe(2);
  });
});

describe("item 9 safety route", () => {
  it("item 9 = 1 takes the safety route even when the total is only 1", () => {
    const result = scoreScreening(phq9([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(result.phq9Total).toBe(1);
    expect(result.phq9Severity).toBe("none_minimal");
    expect(result.safety).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.referralSuggested).toBe(true);
    expect(result.flags.map((f) => f.kind)).toEqual(["safety"]);
    expect(result.flags[0]?.reasonForCoach).toContain("“Several days”");
  });

  it("item 9 = 0 is not a safety matter", () => {
    const result = scoreScreening({ ...phq9([3, 3, 0, 0, 0, 0, 0, 0, 0]), ...NO_OTHER_CONCERNS });
    expect(result.safety).toBe(false);
  });

  it("a high total with item 9 raised carries both flags", () => {
    const result = scoreScreening(phq9([3, 3, 3, 3, 0, 0, 0, 0, 2]));
    expect(result.flags.map((f) => f.kind)).toEqual(["safety", "depression"]);
  });
});

describe("the protocol's other contraindications (our own prompts)", () => {
  const base = { phq9_1: 0, phq9_2: 0 } as const;

  it("flags learned helplessness when two of three statements are 'Quite like me' or stronger", () => {
    const one = scoreScreening({ ...base, ...NO_OTHER_CONCERNS, lh_1: 3, lh_2: 1, lh_3: 1 });
    const two = scoreScreening({ ...base, ...NO_OTHER_CONCERNS, lh_1: 2, lh_2: 0, lh_3: 2 });
    expect(one.flags).toEqual([]);
    expect(two.flags.map((f) => f.kind)).toEqual(["learned_helplessness"]);
    expect(two.flags[0]?.reasonForCoach).toContain("not a validated measure");
    expect(two.referralSuggested).toBe(true);
  });

  it("flags performance distress only together with a distressing experience", () => {
    const cases = [
      { pt_event: "yes", pt_distress: "often", flagged: true },
      { pt_event: "yes", pt_distress: "sometimes", flagged: true },
      { pt_event: "prefer_not_to_say", pt_distress: "sometimes", flagged: true },
      { pt_event: "yes", pt_distress: "never", flagged: false },
      { pt_event: "no", pt_distress: "often", flagged: false },
    ] as const;
    for (const { flagged, ...answers } of cases) {
      const result = scoreScreening({ ...base, ...NO_OTHER_CONCERNS, ...answers });
      expect(result.flags.some((f) => f.kind === "performance_trauma"), JSON.stringify(answers)).toBe(flagged);
    }
  });

  it("a negative PHQ-2 with no other concerns completes with nothing flagged", () => {
    const result = scoreScreening({ ...base, ...NO_OTHER_CONCERNS });
    expect(result).toEqual({
      complete: true,
      phq2Total: 0,
      phq2Positive: false,
      needsPhq9: false,
      safety: false,
      flags: [],
      referralSuggested: false,
    });
  });
});
