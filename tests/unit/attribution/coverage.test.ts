import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tagReflection, type Outcome } from "@/lib/attribution";
import { evaluate, parseJsonl } from "@/lib/attribution/evaluate";
import { matchPrefixes, topAlternatives } from "@/lib/attribution/prefilter";

const causes = (outcome: Outcome, text: string) => tagReflection({ outcome, text }).causes;

// Reflections written for development (not from dev.jsonl): own.jsonl in
// plain wording, own2.jsonl in deliberately varied wording and register.
describe("hand-written labelled reflections", () => {
  for (const file of ["own.jsonl", "own2.jsonl"]) {
    it(`${file} stays above the targets`, () => {
      const items = parseJsonl(readFileSync(join(__dirname, "fixtures", file), "utf8"));
      const r = evaluate(items, tagReflection);
      expect(r.causeMacroF1).toBeGreaterThanOrEqual(0.95);
      expect(r.locusAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(r.flagMacroF1).toBeGreaterThanOrEqual(0.9);
    });
  }
});

// own3.jsonl was written after the 2026.11.3 changes to the fresh set and
// scored 0.707 / 0.650 / 0.620 before any rule was tuned on it; it is a
// development set now, kept here so later changes do not undo it.
describe("hand-written check set own3.jsonl", () => {
  it("stays above the targets", () => {
    const items = parseJsonl(readFileSync(join(__dirname, "fixtures", "own3.jsonl"), "utf8"));
    const r = evaluate(items, tagReflection);
    expect(r.causeMacroF1).toBeGreaterThanOrEqual(0.9);
    expect(r.locusAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.flagMacroF1).toBeGreaterThanOrEqual(0.85);
  });
});

describe("broad lexicons", () => {
  it("effort phrased without practise/prepare", () => {
    expect(causes("success", "I'd done the groundwork and knew the figures cold.")).toEqual(["effort"]);
    expect(causes("success", "Putting in the miles since January is what got me there.")).toEqual(["effort"]);
    expect(causes("setback", "I let my training slide over the summer.")).toEqual(["effort"]);
  });
  it("strategy, state, luck, task, others, circumstance in everyday words", () => {
    expect(causes("success", "I changed tack and asked what she actually needed.")).toEqual(["strategy"]);
    expect(causes("setback", "I ran out of time on the essay question.")).toEqual(["strategy"]);
    expect(causes("setback", "Stomach bug the night before, so I was running on fumes.")).toEqual(["state"]);
    expect(causes("success", "A happy accident: I'd happened to read that chapter.")).toEqual(["luck"]);
    expect(causes("setback", "Way too many questions for the time given.")).toEqual(["task"]);
    expect(causes("setback", "My teammate didn't turn up, so I presented alone.")).toEqual(["others"]);
    expect(causes("setback", "My shoes gave me blisters by mile three.")).toEqual(["circumstance"]);
  });
  it("equipment is circumstance, not a loose 'made a' strategy cue", () => {
    expect(causes("success", "The new racket made a massive difference.")).toEqual(["circumstance"]);
  });
});

describe("general rules added in 2026.11.2", () => {
  it("'the X told me I was ...' is reported speech, not a relative clause", () => {
    expect(causes("setback", "The examiner told me I was unlucky, and I agree.")).toEqual(["luck"]);
  });
  it("a forecast and a precaution are scene-setting, not causes", () => {
    expect(causes("success", "The forecast said rain, so I took an umbrella. Did the walk.")).toEqual([]);
  });
  it("a feeling produced by something else is the effect", () => {
    expect(causes("success", "Visualising the route kept me calm.")).toEqual(["strategy"]);
    expect(causes("success", "I paced myself early and felt strong at the end.")).toEqual(["strategy"]);
  });
  it("a generic comparison class does not make ability someone else's", () => {
    expect(causes("setback", "Some people are born speakers. I'm not one of them.")).toContain("ability");
  });
  it("diary-style subject drop keeps habits as the writer's effort", () => {
    expect(causes("success", "Been going to conversation classes every week for a year, and it's paying off.")).toEqual(["effort"]);
  });
  it("'could not have done it without' credits the other person", () => {
    expect(causes("success", "Couldn't have done it without my partner's support.")).toEqual(["others"]);
    expect(causes("success", "I did it without any help this time.")).toEqual([]);
  });
  it("a short practice is not an easy task", () => {
    expect(causes("success", "Practising every day, even just for ten minutes, got me there.")).not.toContain("task");
  });
});

describe("prefilter", () => {
  it("lists the prefixes a pattern can start with", () => {
    expect([...matchPrefixes("(?:hardly|barely|no) sleep")!].sort()).toEqual(["barely sle", "hardly sle", "no sleep"]);
    expect([...matchPrefixes("pract[ia][cs]e")!].sort()).toEqual(["practace", "practase", "practice", "practise"]);
    expect(matchPrefixes("(?:\\w+ )?sleep")).toBeNull();
    // Since 2026.11.3 a digit class ends the key at the digit instead of making the alternative always run.
    expect([...matchPrefixes("(?:two|\\d+) weeks")!].sort()).toEqual([..."0123456789", "two weeks"]);
    expect(matchPrefixes("(?:[a-z]+ )?times")).toBeNull();
  });
  it("falls back to shorter keys when long ones would be too many", () => {
    // 10^4 five-character keys and 10^3 four-character ones are too many; the 100 three-character keys are not.
    const keys = matchPrefixes("x[a-j][a-j][a-j][a-j]y", 5);
    expect(keys?.size).toBe(100);
    expect([...keys!].every((k) => k.length === 3 && k.startsWith("x"))).toBe(true);
  });
  it("splits only top-level alternatives", () => {
    expect(topAlternatives("a|(b|c)|[|]d|e\\|f")).toEqual(["a", "(b|c)", "[|]d", "e\\|f"]);
  });
});
