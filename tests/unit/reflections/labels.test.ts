import { describe, expect, it } from "vitest";
import { effectiveLabels, locusOf, toGuideRecord } from "@/lib/reflections/labels";

describe("locusOf (the guide's rule)", () => {
  it("is internal, external, mixed or none from the causes alone", () => {
    expect(locusOf(["effort", "strategy", "ability", "state"])).toBe("internal");
    expect(locusOf(["luck", "task", "others", "circumstance"])).toBe("external");
    expect(locusOf(["effort", "luck"])).toBe("mixed");
    expect(locusOf([])).toBe("none");
  });
});

describe("effectiveLabels", () => {
  const tag = { causes: ["others", "luck"], flags: ["external_success"] };

  it("shows the tagger's label, sorted, when no coach corrected it", () => {
    expect(effectiveLabels({ tag, coachCauses: null, coachFlags: null })).toEqual({
      causes: ["luck", "others"],
      locus: "external",
      flags: ["external_success"],
      corrected: false,
    });
  });

  it("lets the coach's correction win, including an empty one", () => {
    expect(effectiveLabels({ tag, coachCauses: ["effort", "others"], coachFlags: ["internal_controllable"] })).toEqual({
      causes: ["effort", "others"],
      locus: "mixed",
      flags: ["internal_controllable"],
      corrected: true,
    });
    expect(effectiveLabels({ tag, coachCauses: [], coachFlags: [] })).toMatchObject({ causes: [], locus: "none", flags: [], corrected: true });
  });

  it("drops names it does not know and duplicates, and survives a missing tag", () => {
    expect(effectiveLabels({ tag: { causes: ["luck", "luck", "karma"], flags: "x" }, coachCauses: null, coachFlags: null })).toMatchObject({
      causes: ["luck"],
      flags: [],
    });
    expect(effectiveLabels({ tag: null, coachCauses: null, coachFlags: null })).toMatchObject({ causes: [], locus: "none", flags: [] });
  });
});

describe("toGuideRecord", () => {
  it("writes the guide's fields with the locus derived from the shown causes", () => {
    const record = toGuideRecord({ id: "r1", outcome: "success", text: "t", tag: { causes: ["luck"], flags: ["external_success"] }, coachCauses: ["strategy", "effort"], coachFlags: ["internal_controllable"] });
    expect(record).toEqual({ id: "r1", outcome: "success", text: "t", causes: ["effort", "strategy"], locus: "internal", flags: ["internal_controllable"] });
  });
});
