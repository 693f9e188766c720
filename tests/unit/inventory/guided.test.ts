import { describe, expect, it } from "vitest";
import { entryText, guidedStep } from "../../../lib/inventory";

describe("guidedStep", () => {
  it("asks for the title and domain first", () => {
    expect(guidedStep({})).toEqual({ kind: "details" });
    expect(guidedStep({ title: "Talk", domain: null })).toEqual({ kind: "details" });
    expect(guidedStep({ title: "  ", domain: "social" })).toEqual({ kind: "details" });
  });

  it("then asks the recall questions one at a time, in order", () => {
    const step = guidedStep({ title: "Talk", domain: "professional" });
    expect(step).toMatchObject({ kind: "question", index: 0, total: 5, answered: 0 });
    expect(step.kind === "question" && step.question.key).toBe("challenge");

    const next = guidedStep({ title: "Talk", domain: "professional", answers: { challenge: "Big room." } });
    expect(next).toMatchObject({ kind: "question", index: 1, answered: 1 });
    expect(next.kind === "question" && next.question.text).toBe("What specific actions did you take?");
  });

  it("returns to the first unanswered question, treating blank answers as unanswered", () => {
    const step = guidedStep({
      title: "Talk",
      domain: "professional",
      answers: { challenge: "x", actions: "  ", obstacles: "y", resources: "z", feelings: "w" },
    });
    expect(step).toMatchObject({ kind: "question", index: 1, answered: 4 });
  });

  it("is complete once all five are answered", () => {
    const answers = { challenge: "a", actions: "b", obstacles: "c", resources: "d", feelings: "e" };
    expect(guidedStep({ title: "Talk", domain: "personal", answers })).toEqual({ kind: "complete", total: 5 });
  });
});

describe("entryText", () => {
  it("joins the answers in question order for the tagger, without question wording or blanks", () => {
    const text = entryText({
      answers: { feelings: "Proud.", challenge: " It was new. ", actions: "", obstacles: "I kept going." },
    });
    expect(text).toBe("It was new.\n\nI kept going.\n\nProud.");
  });

  it("is empty for an entry with no answers", () => {
    expect(entryText({ answers: null })).toBe("");
  });
});
