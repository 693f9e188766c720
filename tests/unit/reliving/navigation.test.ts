import { describe, expect, it } from "vitest";
import {
  futureProjectionSteps,
  nextStepIndex,
  parseStepIndex,
  prevStepIndex,
  remainingSeconds,
  RELIVING_STEPS,
  stepAt,
  totalSeconds,
} from "../../../lib/reliving";

const last = RELIVING_STEPS.length - 1;

describe("reliving script", () => {
  it("runs sensory recall, then capability recognition, then emotional anchoring", () => {
    const stages = RELIVING_STEPS.map((s) => s.stage);
    expect(stages.indexOf("capability")).toBe(stages.lastIndexOf("sensory") + 1);
    expect(stages.indexOf("anchoring")).toBe(stages.lastIndexOf("capability") + 1);
    expect(new Set(RELIVING_STEPS.map((s) => s.id)).size).toBe(RELIVING_STEPS.length);
  });

  it("fits the protocol's 15–20 minute reliving session", () => {
    expect(totalSeconds()).toBeGreaterThanOrEqual(15 * 60);
    expect(totalSeconds()).toBeLessThanOrEqual(20 * 60);
  });

  it("slows down for capability recognition", () => {
    const capability = RELIVING_STEPS.filter((s) => s.stage === "capability");
    const sensory = RELIVING_STEPS.filter((s) => s.stage === "sensory");
    expect(capability.every((s) => s.pace === "slower")).toBe(true);
    const shortestCapability = Math.min(...capability.map((s) => s.durationSeconds));
    const longestSensory = Math.max(...sensory.map((s) => s.durationSeconds));
    expect(shortestCapability).toBeGreaterThan(longestSensory);
  });

  it("speaks to the client in the protocol's words", () => {
    const text = RELIVING_STEPS.map((s) => s.text).join(" ");
    for (const phrase of [
      "Take yourself back to that moment of success",
      "What do you see around you?",
      "What sounds do you hear?",
      "What physical sensations do you feel?",
      "Notice what this says about your capabilities",
      "What strengths does this reveal about you?",
      "If you could do this, what else are you capable of?",
      "Feel the pride, the satisfaction",
      "Breathe in this feeling of competence",
      "touch your thumb and finger together",
    ]) {
      expect(text).toContain(phrase);
    }
  });
});

describe("navigation", () => {
  it("stepAt returns the step for a valid index and nothing otherwise", () => {
    expect(stepAt(0)?.id).toBe("settle");
    expect(stepAt(last)?.id).toBe("bring-forward");
    expect(stepAt(-1)).toBeUndefined();
    expect(stepAt(last + 1)).toBeUndefined();
    expect(stepAt(1.5)).toBeUndefined();
  });

  it("moves forward and back, stopping at the ends", () => {
    expect(nextStepIndex(0)).toBe(1);
    expect(nextStepIndex(last)).toBeNull();
    expect(prevStepIndex(last)).toBe(last - 1);
    expect(prevStepIndex(0)).toBeNull();
    expect(nextStepIndex(99)).toBeNull();
    expect(prevStepIndex(99)).toBeNull();
  });

  it("parses a step index from the query string, starting over when it is unusable", () => {
    expect(parseStepIndex("3")).toBe(3);
    expect(parseStepIndex(" 2 ")).toBe(2);
    expect(parseStepIndex("999")).toBe(last);
    expect(parseStepIndex("-1")).toBe(0);
    expect(parseStepIndex("abc")).toBe(0);
    expect(parseStepIndex(undefined)).toBe(0);
    expect(parseStepIndex(["1"])).toBe(0);
  });

  it("counts the time left from a step", () => {
    expect(remainingSeconds(0)).toBe(totalSeconds());
    expect(remainingSeconds(last)).toBe(RELIVING_STEPS[last]?.durationSeconds);
    expect(remainingSeconds(last + 1)).toBe(0);
  });

  it("works the same for the visualization script", () => {
    const steps = futureProjectionSteps("Present to the team");
    expect(stepAt(0, steps)?.stage).toBe("visualization");
    expect(nextStepIndex(steps.length - 1, steps)).toBeNull();
    expect(parseStepIndex("40", steps)).toBe(steps.length - 1);
  });
});

describe("future projection", () => {
  it("names the challenge when there is one", () => {
    const text = futureProjectionSteps("Present to the team").map((s) => s.text).join(" ");
    expect(text).toContain("Imagine yourself at “Present to the team”");
    expect(text).toContain("See yourself drawing on all your past mastery experiences");
    expect(text).toContain("Watch yourself succeeding, using the capabilities you've proven you have");
  });

  it("stays general without one", () => {
    const text = futureProjectionSteps("  ").map((s) => s.text).join(" ");
    expect(text).toContain("Imagine yourself at the challenge ahead");
    expect(text).not.toContain("“");
  });

  it("leaves room for the review within 10 minutes", () => {
    expect(totalSeconds(futureProjectionSteps())).toBeLessThanOrEqual(5 * 60);
  });
});
