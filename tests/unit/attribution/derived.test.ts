import { describe, expect, it } from "vitest";
import { deriveFlags, deriveLocus } from "@/lib/attribution/flags";
import { CAUSE_INFO, CAUSES, FLAG_INFO, FLAGS, tagReflection } from "@/lib/attribution";

describe("locus (guide: derived from the causes)", () => {
  it("is none without causes", () => {
    expect(deriveLocus([])).toBe("none");
  });
  it("is internal when every cause is internal", () => {
    expect(deriveLocus(["effort", "state"])).toBe("internal");
  });
  it("is external when every cause is external", () => {
    expect(deriveLocus(["luck", "others", "task", "circumstance"])).toBe("external");
  });
  it("is mixed when both occur", () => {
    expect(deriveLocus(["ability", "circumstance"])).toBe("mixed");
  });
  it("follows the guide's table for every cause", () => {
    for (const c of CAUSES) expect(deriveLocus([c])).toBe(CAUSE_INFO[c].locus);
  });
  it("comes out of the tagger for each case", () => {
    expect(tagReflection({ outcome: "success", text: "Weeks of practice got me there." }).locus).toBe("internal");
    expect(tagReflection({ outcome: "success", text: "Sheer luck, nothing more." }).locus).toBe("external");
    expect(tagReflection({ outcome: "setback", text: "The hall was freezing and I was shattered." }).locus).toBe("mixed");
    expect(tagReflection({ outcome: "setback", text: "Walked home after." }).locus).toBe("none");
  });
});

describe("flags (guide definitions)", () => {
  it("external_success: success with external causes only", () => {
    expect(deriveFlags("success", ["luck", "others"], false)).toEqual(["external_success"]);
    expect(deriveFlags("success", ["luck", "effort"], false)).toEqual(["internal_controllable"]);
    expect(deriveFlags("setback", ["luck"], false)).toEqual([]);
    expect(deriveFlags("success", [], false)).toEqual([]);
  });
  it("minimizing is kept whatever else is said, and goes with external_success", () => {
    expect(deriveFlags("success", ["task"], true)).toEqual(["external_success", "minimizing"]);
    expect(deriveFlags("success", ["ability"], true)).toEqual(["minimizing"]);
  });
  it("fixed_ability_setback: setback blamed on ability", () => {
    expect(deriveFlags("setback", ["ability"], false)).toEqual(["fixed_ability_setback"]);
    expect(deriveFlags("success", ["ability"], false)).toEqual([]);
  });
  it("internal_controllable: effort or strategy present and no other flag", () => {
    expect(deriveFlags("setback", ["strategy"], false)).toEqual(["internal_controllable"]);
    expect(deriveFlags("success", ["effort", "others"], false)).toEqual(["internal_controllable"]);
    expect(deriveFlags("success", ["state"], false)).toEqual([]);
  });
  it("internal_controllable is suppressed by each of the other flags", () => {
    expect(deriveFlags("setback", ["ability", "effort"], false)).toEqual(["fixed_ability_setback"]);
    expect(deriveFlags("success", ["effort", "task"], true)).toEqual(["minimizing"]);
  });
  it("the tagger derives the flags from the text", () => {
    expect(tagReflection({ outcome: "success", text: "The quiz was dead easy, so it's no big deal." }).flags).toEqual([
      "external_success",
      "minimizing",
    ]);
    expect(tagReflection({ outcome: "setback", text: "I'm hopeless at maths and always will be." }).flags).toEqual([
      "fixed_ability_setback",
    ]);
    expect(tagReflection({ outcome: "success", text: "I rehearsed the opening every morning for a week." }).flags).toEqual([
      "internal_controllable",
    ]);
    const minimized = tagReflection({ outcome: "success", text: "I revised a bit, but it doesn't really count as a win." });
    expect(minimized.causes).toContain("effort");
    expect(minimized.flags).toEqual(["minimizing"]);
  });
});

describe("exported metadata", () => {
  it("lists causes and flags sorted, with metadata and coach explanations", () => {
    expect([...CAUSES]).toEqual([...CAUSES].sort());
    expect([...FLAGS]).toEqual([...FLAGS].sort());
    expect(CAUSE_INFO.effort).toMatchObject({ locus: "internal", stability: "unstable", controllable: true });
    expect(CAUSE_INFO.ability).toMatchObject({ locus: "internal", stability: "stable", controllable: false });
    expect(CAUSE_INFO.task).toMatchObject({ locus: "external", stability: "stable", controllable: false });
    for (const f of FLAGS) expect(FLAG_INFO[f].explanation.length).toBeGreaterThan(40);
  });
});
