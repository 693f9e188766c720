import { describe, expect, it } from "vitest";
import { tagReflection, TAGGER_VERSION, type Outcome } from "@/lib/attribution";
import { groupByFirstLetter, matchPrefixes } from "@/lib/attribution/prefilter";

const causes = (outcome: Outcome, text: string) => tagReflection({ outcome, text }).causes;
const flags = (outcome: Outcome, text: string) => tagReflection({ outcome, text }).flags;

// Written for these rules (not copied from any labelled set): each case is a
// category of wording, phrased differently from the data that exposed it.
describe("general rules added in 2026.11.3", () => {
  it("has a version at least 2026.11.3", () => {
    expect(TAGGER_VERSION >= "2026.11.3").toBe(true);
  });
  it("reads nominal strategy frames and named mistakes", () => {
    expect(causes("success", "The big change I made was to open with a question.")).toEqual(["strategy"]);
    expect(causes("setback", "My main mistake was agreeing to the first number.")).toEqual(["strategy"]);
    expect(causes("setback", "I went in cold and it showed.")).toEqual(["strategy"]);
    expect(causes("success", "I reordered the slides so the numbers came first, and it landed.")).toEqual(["strategy"]);
  });
  it("treats 'rather than' as a choice only when the writer is choosing", () => {
    expect(causes("success", "It felt like a chat rather than an interview.")).toEqual([]);
    expect(causes("success", "I asked questions rather than pitching, which helped.")).toContain("strategy");
  });
  it("does not read a practice event that is the subject as effort", () => {
    expect(causes("success", "Mock interview went well today.")).toEqual([]);
    expect(causes("success", "Weeks of practice got me there.")).toEqual(["effort"]);
  });
  it("recognises stable self-descriptions of (lack of) ability", () => {
    expect(causes("setback", "Languages and me have never got on.")).toEqual(["ability"]);
    expect(causes("setback", "I lack the patience required for coding; I always have.")).toEqual(["ability"]);
    expect(causes("setback", "My brain just isn't wired for statistics.")).toEqual(["ability"]);
    expect(causes("success", "Drawing has always been my thing, so the sketch test was fun.")).toEqual(["ability"]);
    expect(flags("setback", "I'm so bad at small talk, always will be.")).toContain("fixed_ability_setback");
  });
  it("reads others' actions and a third person's mood as others", () => {
    expect(causes("setback", "My teammates never passed to me once all game.")).toEqual(["others"]);
    expect(causes("success", "My colleague did the heavy lifting in the meeting.")).toContain("others");
    expect(causes("success", "The interviewer was in a good mood, which helped.")).toEqual(["others"]);
  });
  it("reads breakdowns, closures and conditions as circumstance", () => {
    expect(causes("setback", "The air con was broken and the room was stifling.")).toEqual(["circumstance"]);
    expect(causes("setback", "The pool was closed for repairs, so I couldn't train.")).toContain("circumstance");
    expect(causes("setback", "The cold water didn't help and I stopped early.")).toEqual(["circumstance"]);
  });
  it("reads lapsed or skipped preparation as effort", () => {
    expect(causes("setback", "I'd barely opened the workbook all term.")).toEqual(["effort"]);
    expect(causes("setback", "I skipped my usual warm-up and pulled up lame.")).toEqual(["effort"]);
    expect(causes("success", "Fifty serves a day for three weeks did it.")).toEqual(["effort"]);
  });
  it("reads state words in everyday register", () => {
    expect(causes("setback", "I had a pounding headache and could not focus.")).toEqual(["state"]);
    expect(causes("success", "I was wide awake and on good form.")).toEqual(["state"]);
    expect(causes("setback", "Hungover, frankly.")).toEqual(["state"]);
  });
  it("reads task size and difficulty shapes", () => {
    expect(causes("success", "This step is designed for complete beginners.")).toEqual(["task"]);
    expect(causes("setback", "The set piece was way above my grade.")).toEqual(["task"]);
    expect(causes("setback", "The exam was unusually technical this year.")).toEqual(["task"]);
  });
  it("flags more minimizing shapes", () => {
    for (const t of [
      "Gave the toast. Hardly a keynote.",
      "I won, but I'm not reading much into it.",
      "Not counting it, it was only the practice round.",
      "My gran could have managed it.",
      "Nobody's handing out medals for that.",
    ]) expect(flags("success", t), t).toContain("minimizing");
    expect(flags("setback", "Hardly a keynote, and I still froze.")).not.toContain("minimizing");
  });
});

describe("prefilter and regex grouping (speed)", () => {
  it("lists digit starts instead of running the alternative everywhere", () => {
    expect(matchPrefixes("\\d+ times")).toEqual(new Set([..."0123456789"]));
  });
  it("regroups an alternation by first letter without changing what it matches", () => {
    const src = "good|great|(?:didn't|did not) help|kind|kindly|ok";
    const a = new RegExp(`\\b(?:${src})\\b`, "g");
    const b = new RegExp(`\\b(?:${groupByFirstLetter(src)})\\b`, "g");
    const text = "it was good and great, kindly done; ok, it didn't help and did not help";
    expect(text.match(b)).toEqual(text.match(a));
  });
});
