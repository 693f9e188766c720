import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/ladders/form-errors";
import type { LevelDefinition } from "@/lib/ladders/types";
import { ladderInputSchema, levelInputSchema, type LevelInput } from "@/lib/ladders/validation";

const level = {
  title: "Level one",
  instructions: "Do the thing",
  successCriteria: "The thing was done",
  difficulty: "3",
  masteryCount: "2",
  coachConfirms: "on",
};

const ladder = {
  title: "  Public speaking  ",
  skill: "Speaking",
  description: "",
  levels: [level, { ...level, title: "Level two", difficulty: "5" }],
};

function errorsOf(input: unknown): Record<string, string> {
  const result = ladderInputSchema.safeParse(input);
  if (result.success) throw new Error("expected failure");
  return fieldErrors(result.error);
}

describe("ladderInputSchema", () => {
  it("accepts form data: trims text, reads numbers and checkboxes", () => {
    const parsed = ladderInputSchema.parse(ladder);
    expect(parsed.title).toBe("Public speaking");
    expect(parsed.levels[0]).toEqual({
      title: "Level one",
      instructions: "Do the thing",
      successCriteria: "The thing was done",
      difficulty: 3,
      masteryCount: 2,
      coachConfirms: true,
    });
  });

  it("defaults mastery count to 1 and an absent checkbox to off", () => {
    const parsed = levelInputSchema.parse({ ...level, masteryCount: "", coachConfirms: undefined });
    expect(parsed.masteryCount).toBe(1);
    expect(parsed.coachConfirms).toBe(false);
    expect(levelInputSchema.parse({ ...level, masteryCount: undefined, coachConfirms: false }).masteryCount).toBe(1);
  });

  it("defaults a missing description to empty", () => {
    const { description: _omitted, ...withoutDescription } = ladder;
    expect(ladderInputSchema.parse(withoutDescription).description).toBe("");
  });

  it("requires a title, with a human message", () => {
    expect(errorsOf({ ...ladder, title: "   " }).title).toBe("Title is required");
    expect(errorsOf({ ...ladder, title: undefined }).title).toBe("Title is required");
  });

  it("caps the title length", () => {
    expect(ladderInputSchema.safeParse({ ...ladder, title: "x".repeat(120) }).success).toBe(true);
    expect(errorsOf({ ...ladder, title: "x".repeat(121) }).title).toBe("Keep the title under 120 characters");
  });

  it("needs at least two levels", () => {
    expect(errorsOf({ ...ladder, levels: [level] }).levels).toBe("Add at least two levels");
    expect(errorsOf({ ...ladder, levels: undefined }).levels).toBe("Add at least two levels");
  });

  it("caps the number of levels", () => {
    expect(errorsOf({ ...ladder, levels: Array.from({ length: 21 }, () => level) }).levels).toBe(
      "Keep the ladder to 20 levels or fewer",
    );
  });

  it("keys level errors by position so the form can show them in place", () => {
    const errors = errorsOf({ ...ladder, levels: [level, { ...level, title: "", successCriteria: " " }] });
    expect(errors["levels.1.title"]).toBe("Give each level a title");
    expect(errors["levels.1.successCriteria"]).toBe("Say what counts as success at this level");
  });
});

describe("levelInputSchema numbers", () => {
  const difficulty = (value: unknown) => levelInputSchema.safeParse({ ...level, difficulty: value });
  const mastery = (value: unknown) => levelInputSchema.safeParse({ ...level, masteryCount: value });

  it("accepts difficulty 1 to 10 as whole numbers only", () => {
    expect(difficulty(1).success).toBe(true);
    expect(difficulty("10").success).toBe(true);
    for (const bad of [0, 11, "5.5", 2.5, "abc"]) {
      const result = difficulty(bad);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.message).toBe("Difficulty must be a whole number from 1 to 10");
    }
  });

  it("asks for a difficulty when it is left blank", () => {
    const result = difficulty("");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe("Choose a difficulty from 1 to 10");
  });

  it("accepts mastery count 1 to 20", () => {
    expect(mastery("20").success).toBe(true);
    for (const bad of [0, 21, 1.5]) {
      const result = mastery(bad);
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.error.issues[0]?.message).toBe("Successful attempts to master must be a whole number from 1 to 20");
    }
  });

  it("rejects a checkbox value it cannot read", () => {
    expect(levelInputSchema.safeParse({ ...level, coachConfirms: "maybe" }).success).toBe(false);
  });

  it("produces the shape the templates and progression rules use", () => {
    const parsed: LevelInput = levelInputSchema.parse(level);
    const definition: LevelDefinition = parsed;
    expect(definition.masteryCount).toBe(2);
  });
});
