import { describe, expect, it } from "vitest";
import { findTemplate, LADDER_TEMPLATES } from "@/lib/ladders/templates";
import { ladderInputSchema } from "@/lib/ladders/validation";

describe("LADDER_TEMPLATES", () => {
  it("ships the seven method templates with unique slug keys", () => {
    const keys = LADDER_TEMPLATES.map((template) => template.key);
    expect(keys).toEqual([
      "public-speaking",
      "running-1-to-5-miles",
      "learning-an-instrument",
      "speaking-a-new-language",
      "professional-exam",
      "difficult-conversations",
      "sales-calls",
    ]);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  describe.each(LADDER_TEMPLATES.map((template) => [template.key, template] as const))("%s", (_key, template) => {
    it("has 4–6 levels", () => {
      expect(template.levels.length).toBeGreaterThanOrEqual(4);
      expect(template.levels.length).toBeLessThanOrEqual(6);
    });

    it("rises in difficulty at every level (progressive challenge)", () => {
      const difficulties = template.levels.map((level) => level.difficulty);
      for (let index = 1; index < difficulties.length; index += 1) {
        expect(difficulties[index]).toBeGreaterThan(difficulties[index - 1] ?? 0);
      }
    });

    it("starts with a level achievable with current skills", () => {
      expect(template.levels[0]?.difficulty).toBeLessThanOrEqual(3);
    });

    it("passes the coach form's own validation unchanged", () => {
      const parsed = ladderInputSchema.parse(template);
      expect(parsed.levels).toEqual(template.levels);
      expect(parsed.title).toBe(template.title);
    });

    it("has distinct level titles and non-empty criteria", () => {
      expect(new Set(template.levels.map((level) => level.title)).size).toBe(template.levels.length);
      for (const level of template.levels) {
        expect(level.instructions.length).toBeGreaterThan(20);
        expect(level.successCriteria.length).toBeGreaterThan(20);
      }
    });
  });

  it("uses the protocol's public-speaking progression word for word", () => {
    expect(findTemplate("public-speaking")?.levels.map((level) => level.title)).toEqual([
      "Present to supportive friend for 2 minutes",
      "Present to small group (3-5) familiar people for 5 minutes",
      "Present to larger group (10-15) mixed familiar/unfamiliar for 10 minutes",
      "Present to professional audience (20+) for 15 minutes",
      "Present at conference or high-stakes context for 20-30 minutes",
    ]);
  });

  it("runs from 1 mile to 5 miles", () => {
    const titles = findTemplate("running-1-to-5-miles")?.levels.map((level) => level.title) ?? [];
    expect(titles[0]).toContain("1 mile");
    expect(titles.at(-1)).toContain("5 miles");
  });
});

describe("findTemplate", () => {
  it("returns undefined for an unknown key", () => {
    expect(findTemplate("juggling")).toBeUndefined();
  });

  it("returns a copy, so edits never leak into the library", () => {
    const copy = findTemplate("sales-calls");
    if (!copy) throw new Error("missing template");
    copy.levels[0]!.title = "Edited";
    expect(findTemplate("sales-calls")?.levels[0]?.title).toBe("Role-play a discovery call");
  });
});
