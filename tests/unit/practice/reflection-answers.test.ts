import { describe, expect, it } from "vitest";
import { reflectionPrompts } from "@/lib/practice/prompts";
import { pickAnswers, reflectionText } from "@/lib/practice/reflection-answers";

describe("a reflection written prompt by prompt", () => {
  const prompts = reflectionPrompts("success").questions;

  it("keeps the non-empty answers by prompt id, trimmed, and drops answers to other prompts", () => {
    const answers = pickAnswers(prompts, { "success.actions": "  I practised twice. ", "success.capabilities": "   ", "setback.learned": "not asked" });
    expect(answers).toEqual({ "success.actions": "I practised twice." });
  });

  it("joins the answers in the prompts' order, one paragraph each, without the questions", () => {
    const text = reflectionText(prompts, { "success.i_can": "I am someone who can speak up.", "success.actions": "I practised twice." });
    expect(text).toBe("I practised twice.\n\nI am someone who can speak up.");
    expect(reflectionText(prompts, {})).toBe("");
  });
});
