import { describe, expect, it } from "vitest";
import { MIN_LEVELS_MESSAGE, applyLevelIntent, ladderFieldsFromForm, ladderFieldsOf, parseIntent } from "@/lib/ladders/editor-form";
import { findTemplate } from "@/lib/ladders/templates";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const fields = ladderFieldsOf(findTemplate("public-speaking")!);

describe("ladderFieldsFromForm", () => {
  it("reads levels in index order, keeps text as typed and reads an absent checkbox as off", () => {
    const parsed = ladderFieldsFromForm(
      form([
        ["title", "  My ladder "],
        ["skill", "Speaking"],
        ["levels.1.title", "Second"],
        ["levels.1.difficulty", "abc"],
        ["levels.0.title", "First"],
        ["levels.0.masteryCount", "2"],
        ["levels.0.coachConfirms", "on"],
      ]),
    );
    expect(parsed.title).toBe("  My ladder ");
    expect(parsed.description).toBe("");
    expect(parsed.levels.map((level) => level.title)).toEqual(["First", "Second"]);
    expect(parsed.levels[0]).toMatchObject({ masteryCount: "2", coachConfirms: true });
    expect(parsed.levels[1]).toMatchObject({ difficulty: "abc", coachConfirms: false });
  });
});

describe("parseIntent", () => {
  it("reads the button the coach pressed and saves by default", () => {
    expect(parseIntent("up:2")).toEqual({ kind: "up", index: 2 });
    expect(parseIntent("remove:0")).toEqual({ kind: "remove", index: 0 });
    expect(parseIntent("publish")).toEqual({ kind: "publish" });
    expect(parseIntent("add")).toEqual({ kind: "add" });
    expect(parseIntent(null)).toEqual({ kind: "save" });
    expect(parseIntent("drop table")).toEqual({ kind: "save" });
  });
});

describe("applyLevelIntent", () => {
  it("moves a level up and down, keeping every other level in place", () => {
    const up = applyLevelIntent(fields, { kind: "up", index: 2 });
    expect(up.ok).toBe(true);
    expect(up.fields.levels.map((level) => level.title)).toEqual([0, 2, 1, 3, 4].map((index) => fields.levels[index]!.title));
    const down = applyLevelIntent(fields, { kind: "down", index: 4 });
    expect(down).toMatchObject({ ok: false, message: "Level 5 is already last." });
    expect(down.fields).toBe(fields);
  });

  it("adds an empty level at the end and removes a level", () => {
    const added = applyLevelIntent(fields, { kind: "add" });
    expect(added.fields.levels).toHaveLength(6);
    expect(added.fields.levels[5]).toMatchObject({ title: "", masteryCount: "1", coachConfirms: false });
    const removed = applyLevelIntent(fields, { kind: "remove", index: 0 });
    expect(removed.fields.levels.map((level) => level.title)).toEqual(fields.levels.slice(1).map((level) => level.title));
  });

  it("keeps at least two levels, with a message saying what to do", () => {
    const two = { ...fields, levels: fields.levels.slice(0, 2) };
    expect(applyLevelIntent(two, { kind: "remove", index: 1 })).toEqual({ fields: two, ok: false, message: MIN_LEVELS_MESSAGE });
    expect(MIN_LEVELS_MESSAGE).toBe("A ladder needs at least 2 levels. Add another level before removing this one.");
  });
});
