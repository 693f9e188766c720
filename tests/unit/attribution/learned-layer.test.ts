import { describe, expect, it } from "vitest";
import { CAUSES, tagReflection, TAGGER_VERSION } from "@/lib/attribution";
import { DIM, extractFeatures, FEATURES, HEAD_COUNT } from "@/lib/attribution/features";
import { DEFAULT_POLICY, logits, train, type Example } from "@/lib/attribution/learn";
import { quantize } from "@/lib/attribution/model";
import { decodeModel, encodeModel } from "@/lib/attribution/model-codec";
import { MODEL_DATA } from "@/lib/attribution/model-data";
import { tagRulesOnly, tagWith } from "@/lib/attribution/pipeline";
import { segment } from "@/lib/attribution/text";
import { clusterOf } from "@/lib/attribution/word-clusters";
import { wordHash } from "@/lib/attribution/word-hash";

describe("learned decision layer", () => {
  it("ships a model trained for this tagger version", () => {
    expect(MODEL_DATA.version).toBe(TAGGER_VERSION);
  });

  it("finds causes the rules have no cue for, with evidence in the text", () => {
    const text = "Landed the backflip at last - the coach spotted me on every attempt.";
    expect(tagRulesOnly({ outcome: "success", text }).causes).toEqual([]);
    const r = tagReflection({ outcome: "success", text });
    expect(r.causes).toEqual(["others"]);
    expect(r.flags).toEqual(["external_success"]);
    expect(r.evidence.others![0]!.text).toBe("coach");
  });

  it("reads a stable lack phrased without the lexicon's words as ability", () => {
    const r = tagReflection({ outcome: "setback", text: "Blanked on the second question. Sums have never been my strong suit and never will be." });
    expect(r.causes).toContain("ability");
    expect(r.flags).toContain("fixed_ability_setback");
  });

  // The policy, with a hand-made model whose only weight is one head's bias: the same logit for every text.
  const biasModel = (head: number, logit: number, policy = DEFAULT_POLICY) => {
    const view = { decidedMask: 0, seenMask: 0, minimizing: false };
    extractFeatures(segment("x"), "success", view);
    const weights = new Float32Array(DIM * HEAD_COUNT);
    weights[FEATURES[0]! * HEAD_COUNT + head] = logit; // FEATURES[0] is the bias feature every text has
    return quantize(weights, policy);
  };
  const STRATEGY = CAUSES.indexOf("strategy");
  const CIRCUMSTANCE = CAUSES.indexOf("circumstance");
  // Long enough (20+ words) that the short-text margin is gone, and no circumstance cue (the rules do find others and strategy).
  const LONG = "Gave the talk to the whole department this morning. I opened with the story about the lost luggage, took questions at the end, and nobody walked out before the end, which felt like something.";

  it("drops a cause the rules decided only when the model is far below zero", () => {
    const text = "Changed my approach and led with the numbers, which made all the difference.";
    expect(tagRulesOnly({ outcome: "success", text }).causes).toEqual(["strategy"]);
    expect(tagWith(biasModel(STRATEGY, DEFAULT_POLICY.ruleDecided + 1), { outcome: "success", text }).causes).toEqual(["strategy"]);
    expect(tagWith(biasModel(STRATEGY, DEFAULT_POLICY.ruleDecided - 1), { outcome: "success", text }).causes).toEqual([]);
  });

  it("keeps a cause found inside a report the writer takes on unless the model is far surer still", () => {
    const accepted = "My coach said the new grip made the difference, and she's right.";
    expect(tagRulesOnly({ outcome: "success", text: accepted }).causes).toEqual(["strategy"]);
    const between = (DEFAULT_POLICY.ruleDecided + DEFAULT_POLICY.acceptedReport) / 2;
    expect(tagWith(biasModel(STRATEGY, between), { outcome: "success", text: accepted }).causes).toEqual(["strategy"]);
    expect(tagWith(biasModel(STRATEGY, DEFAULT_POLICY.acceptedReport - 1), { outcome: "success", text: accepted }).causes).toEqual([]);
    // The same logit drops a cause the rules decided outside a report.
    const plain = "Changed my approach and led with the numbers, which made all the difference.";
    expect(tagWith(biasModel(STRATEGY, between), { outcome: "success", text: plain }).causes).toEqual([]);
  });

  it("asks a clearer signal for a cause with no cue in a short text than in a long one", () => {
    const logit = DEFAULT_POLICY.noCue + DEFAULT_POLICY.noCueByCause[CIRCUMSTANCE]! + DEFAULT_POLICY.shortText / 2;
    const model = biasModel(CIRCUMSTANCE, logit);
    const short = "Gave the talk and it went fine.";
    expect(tagWith(model, { outcome: "success", text: short }).causes).toEqual([]);
    expect(tagWith(model, { outcome: "success", text: LONG }).causes).toContain("circumstance");
  });

  it("moves one cause's no-cue threshold by its own offset and leaves the other causes alone", () => {
    const logit = DEFAULT_POLICY.noCue - 1;
    const lower = { ...DEFAULT_POLICY, noCueByCause: CAUSES.map((c) => (c === "circumstance" ? -2 : 0)) };
    const higher = { ...DEFAULT_POLICY, noCueByCause: CAUSES.map((c) => (c === "circumstance" ? 0 : -2)) };
    expect(tagWith(biasModel(CIRCUMSTANCE, logit, lower), { outcome: "success", text: LONG }).causes).toContain("circumstance");
    expect(tagWith(biasModel(CIRCUMSTANCE, logit, higher), { outcome: "success", text: LONG }).causes).not.toContain("circumstance");
  });

  it("keeps the rules' scope readings: a denied cue does not come back", () => {
    expect(tagReflection({ outcome: "success", text: "It wasn't luck, I prepared." }).causes).toEqual(["effort"]);
    expect(tagReflection({ outcome: "success", text: "My boss said I'm a natural, but really I drilled it." }).causes).toEqual(["effort"]);
  });
});

describe("model codec", () => {
  it("quantises each head to 16 bits and round-trips the quantised model exactly, with the policy", () => {
    const weights = new Float32Array(DIM * HEAD_COUNT);
    for (let i = 0; i < weights.length; i += 97) weights[i] = Math.sin(i) * (1 + (i % HEAD_COUNT));
    const model = quantize(weights, { ruleDecided: -1, acceptedReport: -5, ruleRejected: 2, noCue: 3, noCueByCause: [1, -1, 0, 2, 0, 0, -2, 1], shortText: 4 });
    let worst = 0;
    for (let i = 0; i < weights.length; i++) worst = Math.max(worst, Math.abs(model.weights[i]! * model.scales[i % HEAD_COUNT]! - weights[i]!) / (1 + (i % HEAD_COUNT)));
    expect(worst).toBeLessThan(1 / 32767);
    const back = decodeModel(encodeModel(model, { version: "test", dimBits: Math.log2(DIM), heads: Array.from({ length: HEAD_COUNT }, (_, k) => `h${k}`) }));
    expect(Array.from(back.weights)).toEqual(Array.from(model.weights));
    expect(Array.from(back.scales)).toEqual(Array.from(model.scales));
    expect(back.policy).toEqual(model.policy);
  });

  it("refuses a model built for another feature layout", () => {
    expect(() => decodeModel({ ...MODEL_DATA, dimBits: MODEL_DATA.dimBits + 1 })).toThrow(/feature layout/);
  });
});

describe("training", () => {
  // Head 0 is on exactly when feature 7 is present; head 1 when feature 11 is.
  const examples: Example[] = Array.from({ length: 40 }, (_, i) => {
    const features = Int32Array.from([1, 3, ...(i % 2 ? [7] : []), ...(i % 3 ? [] : [11])]);
    const labels = new Uint8Array(HEAD_COUNT);
    labels[0] = i % 2;
    labels[1] = i % 3 ? 0 : 1;
    return { features, labels };
  });

  const score = (w: Float32Array, features: number[]) => logits(w, Int32Array.from(features), features.length, new Float64Array(HEAD_COUNT));

  it("learns which features turn a head on", () => {
    const w = train(examples);
    expect(score(w, [1, 3, 7])[0]).toBeGreaterThan(0);
    expect(score(w, [1, 3])[0]).toBeLessThan(0);
    expect(score(w, [1, 3, 11])[1]).toBeGreaterThan(0);
    expect(score(w, [1, 3, 7])[1]).toBeLessThan(0);
  });

  it("is deterministic", () => {
    expect(Buffer.from(train(examples).buffer).equals(Buffer.from(train(examples).buffer))).toBe(true);
  });
});

describe("word clusters", () => {
  const view = { decidedMask: 0, seenMask: 0, minimizing: false };
  const featuresOf = (text: string): Set<number> => new Set(FEATURES.slice(0, extractFeatures(segment(text), "setback", view)));

  it("puts words of similar use in one cluster and leaves unknown strings out", () => {
    const rain = clusterOf(wordHash("rain"));
    expect(rain).toBeGreaterThanOrEqual(0);
    expect(clusterOf(wordHash("wind"))).toBe(rain);
    expect(clusterOf(wordHash("weather"))).toBe(rain);
    expect(clusterOf(wordHash("teacher")) >> 3).toBe(clusterOf(wordHash("instructor")) >> 3);
    expect(clusterOf(wordHash("qzxv"))).toBe(-1);
  });

  it("lets what training learned on one word reach an unseen word of its cluster", () => {
    const CIRC = CAUSES.indexOf("circumstance");
    const example = (text: string, circumstance: number): Example => {
      const features = Int32Array.from(FEATURES.slice(0, extractFeatures(segment(text), "setback", view)));
      const labels = new Uint8Array(HEAD_COUNT);
      labels[CIRC] = circumstance;
      return { features, labels };
    };
    // "wind" never occurs in training; it shares "rain"'s cluster, "qzxv" has none.
    const examples = Array.from({ length: 20 }, (_, i) => (i % 2 ? example("The rain ruined it.", 1) : example("I ruined it.", 0)));
    const w = train(examples);
    const logit = (text: string) => {
      const f = example(text, 0).features;
      return logits(w, f, f.length, new Float64Array(HEAD_COUNT))[CIRC]!;
    };
    expect(logit("The wind ruined it.")).toBeGreaterThan(logit("The qzxv ruined it.") + 1);
  });
});
