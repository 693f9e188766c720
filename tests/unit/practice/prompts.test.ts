import { describe, expect, it } from "vitest";
import { reflectionPrompts } from "@/lib/practice/prompts";

describe("reflectionPrompts", () => {
  it("asks the protocol's success-reflection questions after a success", () => {
    const prompts = reflectionPrompts("success");
    expect(prompts.questions.map((q) => q.text)).toEqual([
      "What did you do that led to this success?",
      "What does this success reveal about your capabilities?",
      "How does this success relate to past mastery experiences?",
      "Complete the sentence: “I am someone who can…”",
    ]);
  });

  it("reframes a setback as information, with the protocol's questions", () => {
    const prompts = reflectionPrompts("setback");
    expect(prompts.intro).toBe("This is information, not a verdict on your capability.");
    const texts = prompts.questions.map((q) => q.text);
    expect(texts).toContain("What did you learn from this attempt?");
    expect(texts).toContain("What would you adjust next time?");
  });

  it("cites the last mastered level as evidence after a setback", () => {
    const prompts = reflectionPrompts("setback", { previousLevelTitle: "Run 2 miles without stopping" });
    expect(prompts.questions.at(-1)?.text).toContain("You mastered “Run 2 miles without stopping”");
  });

  it("gives every question a stable, unique id", () => {
    const ids = [...reflectionPrompts("success").questions, ...reflectionPrompts("setback", { previousLevelTitle: "x" }).questions].map(
      (q) => q.id,
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
