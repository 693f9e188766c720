import { describe, expect, it } from "vitest";
import { TAGGER_VERSION, tagReflection, type TagInput } from "@/lib/attribution";

const samples: TagInput[] = [
  { outcome: "success", text: "It wasn't luck. I rehearsed the pitch every evening, and my sister quizzed me on the numbers." },
  { outcome: "setback", text: "I'm just not a numbers person, and the finance paper was brutal on top of that." },
  { outcome: "success", text: "Honestly the level was easy, anyone could have done it. Not a big deal." },
  { outcome: "setback", text: "The train was forty minutes late and I arrived flustered." },
];

describe("evidence spans", () => {
  it("cover every cause and flag, and slice back to their text", () => {
    for (const input of samples) {
      const r = tagReflection(input);
      for (const key of [...r.causes, ...r.flags]) {
        const spans = r.evidence[key];
        expect(spans, `${key} in ${input.text}`).toBeDefined();
        expect(spans!.length).toBeGreaterThan(0);
        for (const s of spans!) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(input.text.length);
          expect(s.end).toBeGreaterThan(s.start);
          expect(input.text.slice(s.start, s.end)).toBe(s.text);
        }
      }
      for (const key of Object.keys(r.evidence)) expect([...r.causes, ...r.flags]).toContain(key);
    }
  });
  it("contain the cue that triggered them, in original casing", () => {
    const text = "It wasn't luck. I REHEARSED the pitch every evening.";
    const r = tagReflection({ outcome: "success", text });
    expect(r.causes).toEqual(["effort"]);
    expect(r.evidence.effort!.map((s) => s.text)).toContain("REHEARSED");
    expect(r.evidence.internal_controllable!.map((s) => s.text)).toContain("REHEARSED");
  });
  it("point minimizing at the dismissive phrase", () => {
    const r = tagReflection(samples[2]!);
    expect(r.flags).toContain("minimizing");
    expect(r.evidence.minimizing!.some((s) => /big deal|anyone could/i.test(s.text))).toBe(true);
  });
  it("use UTF-16 offsets past emoji and accents", () => {
    const text = "Café gig 🎸🎸 went great. Thanks to my bandmate's patience and my teacher, I held it together.";
    const r = tagReflection({ outcome: "success", text });
    expect(r.causes).toContain("others");
    for (const s of r.evidence.others!) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("determinism and versioning", () => {
  it("returns identical results for identical input, regardless of call order", () => {
    const first = samples.map((s) => tagReflection(s));
    const reversed = [...samples].reverse().map((s) => tagReflection(s)).reverse();
    expect(reversed).toEqual(first);
    expect(samples.map((s) => tagReflection(s))).toEqual(first);
  });
  it("stamps the tagger version on every result", () => {
    expect(TAGGER_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    for (const s of samples) expect(tagReflection(s).version).toBe(TAGGER_VERSION);
    expect(tagReflection({ outcome: "success", text: "" }).version).toBe(TAGGER_VERSION);
  });
  it("returns sorted causes and flags", () => {
    for (const s of samples) {
      const r = tagReflection(s);
      expect(r.causes).toEqual([...r.causes].sort());
      expect(r.flags).toEqual([...r.flags].sort());
    }
  });
});
