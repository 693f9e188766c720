import { describe, expect, it } from "vitest";
import { tagReflection, type Outcome } from "@/lib/attribution";

const causes = (outcome: Outcome, text: string) => tagReflection({ outcome, text }).causes;

describe("negation and its scope", () => {
  it("a denied cause does not count, the asserted one does", () => {
    expect(causes("success", "It wasn't luck, I prepared.")).toEqual(["effort"]);
    expect(causes("success", "Don't tell me it was a fluke. I put the hours in.")).toEqual(["effort"]);
  });
  it("denied talent plus persistence is effort only", () => {
    expect(causes("success", "I don't think I'm especially gifted, I just kept at it.")).toEqual(["effort"]);
  });
  it("negation flips direction: not practising explains a setback", () => {
    expect(causes("setback", "I hadn't practised the bridge section at all.")).toEqual(["effort"]);
    expect(causes("success", "I never skipped a session in six weeks.")).toEqual(["effort"]);
  });
  it("each negator governs its own cue", () => {
    expect(causes("setback", "Hadn't slept much and hadn't rehearsed either.")).toEqual(["effort", "state"]);
  });
  it("double negation affirms", () => {
    expect(causes("success", "I won't pretend luck had nothing to do with it.")).toEqual(["luck"]);
  });
  it("a denied difficulty does not become a task cause", () => {
    expect(causes("setback", "It isn't that the piece is too hard. I simply hadn't rehearsed it.")).toEqual(["effort"]);
  });
});

describe("hedging", () => {
  it("a hedged attribution still counts", () => {
    expect(causes("setback", "Maybe I'm just not a language person.")).toEqual(["ability"]);
    expect(causes("success", "I think it was probably the extra revision sessions.")).toEqual(["effort"]);
  });
});

describe("contrast (but / though / although)", () => {
  it("a concession that does not fit the outcome is dropped", () => {
    expect(causes("success", "I was really nervous, but I went through with it.")).toEqual([]);
    expect(causes("success", "Although the hill was brutal, I got to the top.")).toEqual([]);
  });
  it("both sides count when both explain the outcome", () => {
    expect(causes("setback", "The panel was frosty, though mostly I just hadn't prepared.")).toEqual(["effort", "others"]);
  });
});

describe("reported speech", () => {
  it("rejected: someone else's explanation followed by the client's own", () => {
    expect(causes("success", "My dad says I'm a natural, but really I drilled it for weeks.")).toEqual(["effort"]);
    expect(causes("setback", "My friend reckons I was just unlucky. Maybe, but I didn't train enough.")).toEqual(["effort"]);
  });
  it("accepted: the client takes the view on", () => {
    expect(causes("success", "My coach said the new grip made the difference, and she's right.")).toEqual(["strategy"]);
    expect(causes("success", "Everyone tells me I'm a born performer, and I'm starting to believe them.")).toEqual(["ability"]);
  });
  it("the reporter is not themselves a cause", () => {
    expect(causes("success", "My teacher thinks my practice routine paid off, and I agree.")).not.toContain("others");
  });
});

describe("counterfactuals", () => {
  it("a missing condition explains the setback", () => {
    expect(causes("setback", "If I'd slept, it would have gone fine.")).toEqual(["state"]);
    expect(causes("setback", "I should have prepared more examples.")).toEqual(["effort"]);
  });
  it("an imagined better day is not a cause", () => {
    expect(causes("setback", "On a different day I'd have nailed it.")).toEqual([]);
  });
});

describe("causes in another sentence than the outcome", () => {
  it("finds causes after the outcome sentence", () => {
    expect(causes("success", "Passed my theory test. Two weeks of mock tests every evening.")).toEqual(["effort"]);
    expect(causes("setback", "The pitch went nowhere. My laptop died ten minutes in.")).toEqual(["circumstance"]);
  });
});

describe("causal cue words", () => {
  it("'helped', 'thanks to', 'made the difference' link a factor to the outcome", () => {
    expect(causes("success", "The quiet office really helped.")).toEqual(["circumstance"]);
    expect(causes("success", "Thanks to my mentor, I knew what to expect.")).toEqual(["others"]);
    expect(causes("success", "Switching to shorter answers made the difference.")).toEqual(["strategy"]);
  });
  it("an explicit causal verb overrides an unexpected direction", () => {
    expect(causes("success", "Oddly, being a little tired helped me stay loose.")).toEqual(["state"]);
  });
});

describe("scene-setting is not a cause", () => {
  it("ignores weather, places and people with no causal reading", () => {
    expect(causes("success", "The weather was grey when I left. Ran the whole 10k.")).toEqual([]);
    expect(causes("setback", "It drizzled on the way there. I froze on the second question and walked off.")).not.toContain(
      "circumstance",
    );
    expect(causes("success", "Met my colleague at the station and then gave the talk.")).toEqual([]);
  });
  it("ignores a purpose clause", () => {
    expect(causes("success", "The library was empty, so I could revise in peace.")).toEqual(["circumstance"]);
  });
});

describe("lowercase, typos and spelling variants", () => {
  it("handles lowercase and common typos", () => {
    expect(causes("success", "i practiced evry day for a month and it paid off")).toEqual(["effort"]);
    expect(causes("success", "rehersed it loads beforehand")).toEqual(["effort"]);
    expect(causes("success", "i was lukcy i think")).toEqual(["luck"]);
  });
  it("treats British and American spellings alike", () => {
    const pairs: Array<[Outcome, string, string]> = [
      ["success", "I practised the scales daily.", "I practiced the scales daily."],
      ["success", "I apologised first and it defused things.", "I apologized first and it defused things."],
      ["success", "I'd prepared thoroughly.", "I'd done my prep thoroughly."],
      ["success", "I organised the essay into chunks.", "I organized the essay into chunks."],
      ["setback", "I hadn't memorised the lines.", "I hadn't memorized the lines."],
    ];
    for (const [o, uk, us] of pairs) {
      const a = tagReflection({ outcome: o, text: uk });
      const b = tagReflection({ outcome: o, text: us });
      expect(a.causes.length).toBeGreaterThan(0);
      expect(b.causes).toEqual(a.causes);
    }
  });
  it("treats curly apostrophes like straight ones", () => {
    expect(causes("success", "It wasn\u2019t luck, I prepared.")).toEqual(["effort"]);
  });
});

describe("empty, whitespace and non-English text", () => {
  it.each(["", "   ", "\n\t", "Lo preparé durante semanas y salió genial.", "私は毎日練習しました。", "Ich habe jeden Tag geübt."])(
    "returns no causes and does not throw for %j",
    (text) => {
      for (const outcome of ["success", "setback"] as const) {
        const r = tagReflection({ outcome, text });
        expect(r.causes).toEqual([]);
        expect(r.locus).toBe("none");
        expect(r.flags).toEqual([]);
      }
    },
  );
  it("survives text whose lowercase form changes length", () => {
    const r = tagReflection({ outcome: "success", text: "\u0130stanbul trip: I prepared every night." });
    expect(r.causes).toEqual(["effort"]);
    for (const s of r.evidence.effort ?? []) expect("\u0130stanbul trip: I prepared every night.".slice(s.start, s.end)).toBe(s.text);
  });
});
