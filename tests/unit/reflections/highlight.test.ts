import { describe, expect, it } from "vitest";
import { highlightSegments } from "@/lib/reflections/highlight";

const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");

describe("highlightSegments", () => {
  it("marks each evidence span and keeps the text between as plain segments", () => {
    const text = "Honestly I just got lucky, the audience was really kind.";
    const segments = highlightSegments(text, { luck: [{ start: 20, end: 25 }], others: [{ start: 31, end: 39 }] });
    expect(segments.filter((s) => s.labels.length > 0).map((s) => [s.text, s.labels])).toEqual([
      ["lucky", ["luck"]],
      ["audience", ["others"]],
    ]);
    expect(joined(segments)).toBe(text);
  });

  it("merges overlapping spans into one mark carrying every label, in the given order", () => {
    const text = "I practised every night for a week.";
    const segments = highlightSegments(
      text,
      { internal_controllable: [{ start: 2, end: 23 }], effort: [{ start: 2, end: 11 }, { start: 12, end: 23 }] },
      ["effort", "internal_controllable"],
    );
    expect(segments.map((s) => [s.text, s.labels])).toEqual([
      ["I ", []],
      ["practised every night", ["effort", "internal_controllable"]],
      [" for a week.", []],
    ]);
  });

  it("merges a chain of partly overlapping spans", () => {
    const segments = highlightSegments("abcdefghij", { a: [{ start: 1, end: 4 }], b: [{ start: 3, end: 6 }], c: [{ start: 5, end: 8 }] });
    expect(segments.map((s) => s.text)).toEqual(["a", "bcdefgh", "ij"]);
    expect(segments[1]!.labels).toEqual(["a", "b", "c"]);
  });

  it("keeps touching spans with different labels apart", () => {
    const segments = highlightSegments("luckyaudience", { luck: [{ start: 0, end: 5 }], others: [{ start: 5, end: 13 }] });
    expect(segments.map((s) => [s.text, s.labels])).toEqual([
      ["lucky", ["luck"]],
      ["audience", ["others"]],
    ]);
  });

  it("clamps spans that run past the text and drops ones that are empty, reversed or outside it", () => {
    const text = "short text";
    const segments = highlightSegments(text, {
      luck: [{ start: 6, end: 400 }],
      task: [{ start: 50, end: 60 }, { start: 3, end: 3 }, { start: 5, end: 2 }, { start: -10, end: 0 }],
      others: [{ start: Number.NaN, end: 4 }],
    });
    expect(segments.map((s) => [s.text, s.labels])).toEqual([
      ["short ", []],
      ["text", ["luck"]],
    ]);
  });

  it("returns the whole text as one plain segment without evidence, and one empty segment for empty text", () => {
    expect(highlightSegments("nothing to see", {})).toEqual([{ text: "nothing to see", start: 0, end: 14, labels: [] }]);
    expect(highlightSegments("", { luck: [{ start: 0, end: 3 }] })).toEqual([{ text: "", start: 0, end: 0, labels: [] }]);
  });

  it("leaves HTML-looking text as characters in the segments (rendering escapes it)", () => {
    const text = '<script>alert("x")</script> I got <b>lucky</b>';
    const start = text.indexOf("lucky");
    const segments = highlightSegments(text, { luck: [{ start, end: start + 5 }] });
    expect(joined(segments)).toBe(text);
    expect(segments[0]!.text).toContain("<script>");
    expect(segments.find((s) => s.labels.length)!.text).toBe("lucky");
  });

  it("never cuts an emoji (a surrogate pair) in half", () => {
    const text = "I did it 💪 myself";
    const emoji = text.indexOf("💪");
    const segments = highlightSegments(text, { effort: [{ start: emoji + 1, end: emoji + 1 + 1 }] });
    expect(segments.find((s) => s.labels.length)!.text).toBe("💪");
    expect(joined(segments)).toBe(text);
  });

  it("ignores evidence entries that are not span lists", () => {
    const evidence = { luck: "lucky", others: [null, { start: 0, end: 1 }] } as unknown as Record<string, { start: number; end: number }[]>;
    expect(highlightSegments("ab", evidence).map((s) => [s.text, s.labels])).toEqual([
      ["a", ["others"]],
      ["b", []],
    ]);
  });
});
