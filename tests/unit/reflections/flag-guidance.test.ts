import { describe, expect, it } from "vitest";
import { FLAGS } from "@/lib/attribution";
import { flagGuidance } from "@/lib/reflections/flag-guidance";

describe("flag guidance", () => {
  it("explains every flag with a response and prompts", () => {
    for (const flag of FLAGS) {
      const guidance = flagGuidance(flag);
      expect(guidance.label.length).toBeGreaterThan(0);
      expect(guidance.meaning.length).toBeGreaterThan(40);
      expect(guidance.approach.length).toBeGreaterThan(40);
      expect(guidance.prompts.length).toBeGreaterThan(0);
    }
  });

  it("answers giving credit away and shrinking a success with the protocol's attribution-shift question", () => {
    for (const flag of ["external_success", "minimizing"] as const) {
      expect(flagGuidance(flag).response).toBe("Attribution shift");
      expect(flagGuidance(flag).prompts).toContain("What specifically did YOU do that led to this success?");
    }
  });

  it("reframes a fixed-ability setback as information about effort and strategy", () => {
    const guidance = flagGuidance("fixed_ability_setback");
    expect(guidance.response).toBe("Obstacle reframing");
    expect(guidance.prompts).toEqual(
      expect.arrayContaining(["What did you learn from this attempt?", "What would you adjust next time?", "This is information, not a verdict on your capability."]),
    );
    expect(guidance.approach).toMatch(/effort/);
    expect(guidance.approach).toMatch(/strategy/);
  });

  it("reinforces effort and method by naming the client's actions, without hollow praise", () => {
    const guidance = flagGuidance("internal_controllable");
    expect(guidance.response).toBe("Reinforcement");
    expect(guidance.approach).toMatch(/specific actions/);
    for (const flag of FLAGS) {
      const words = [flagGuidance(flag).meaning, flagGuidance(flag).approach, ...flagGuidance(flag).prompts].join(" ");
      expect(words).not.toMatch(/great job|amazing|awesome|well done|!/i);
    }
  });
});
