import { describe, expect, it } from "vitest";
import { evaluate, idHash, isHeldOut, parseJsonl, ParseError, splitItems, type LabelledItem, type Prediction } from "@/lib/attribution/evaluate";

const item = (id: string, causes: LabelledItem["causes"], locus: LabelledItem["locus"], flags: LabelledItem["flags"]): LabelledItem => ({
  id,
  outcome: "success",
  text: id,
  causes,
  locus,
  flags,
});

describe("evaluate (hand-computed example)", () => {
  // Gold vs predictions, keyed by the text (= id) so the fake tagger is explicit.
  const items = [
    item("a", ["effort"], "internal", ["internal_controllable"]),
    item("b", ["luck"], "external", ["external_success"]),
    item("c", ["effort", "others"], "mixed", ["internal_controllable"]),
    item("d", [], "none", []),
  ];
  const predictions: Record<string, Prediction> = {
    a: { causes: ["effort"], locus: "internal", flags: ["internal_controllable"] },
    b: { causes: ["luck", "task"], locus: "external", flags: ["external_success", "minimizing"] },
    c: { causes: ["effort"], locus: "internal", flags: ["internal_controllable"] },
    d: { causes: [], locus: "none", flags: [] },
  };
  const report = evaluate(items, ({ text }) => predictions[text]!);

  it("scores each cause", () => {
    // effort: tp 2 (a, c). luck: tp 1. others: fn 1 (c). task: fp 1 (b).
    expect(report.perCause.effort).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.perCause.luck.f1).toBe(1);
    expect(report.perCause.others).toMatchObject({ tp: 0, fp: 0, fn: 1, support: 1, precision: 0, recall: 0, f1: 0 });
    expect(report.perCause.task).toMatchObject({ tp: 0, fp: 1, fn: 0, support: 0, precision: 0, recall: 0, f1: 0 });
  });
  it("leaves classes with no support and no predictions out of the macro average", () => {
    expect(report.perCause.ability.f1).toBeNull();
    expect(report.perCause.ability.precision).toBeNull();
    // Defined: effort 1, luck 1, others 0, task 0 -> 0.5
    expect(report.causeMacroF1).toBeCloseTo(0.5, 10);
  });
  it("computes locus accuracy, flag macro-F1 and exact match", () => {
    expect(report.locusAccuracy).toBeCloseTo(3 / 4, 10); // c is mixed vs internal
    // internal_controllable 1, external_success 1, minimizing 0 (fp), fixed_ability_setback undefined
    expect(report.perFlag.fixed_ability_setback.f1).toBeNull();
    expect(report.perFlag.minimizing.f1).toBe(0);
    expect(report.flagMacroF1).toBeCloseTo(2 / 3, 10);
    expect(report.exactMatch).toBeCloseTo(2 / 4, 10); // a and d
    expect(report.misses.map((m) => m.id)).toEqual(["b", "c"]);
    expect(report.misses[1]!.got.causes).toEqual(["effort"]);
  });
  it("counts a correct empty label as an exact match", () => {
    const r = evaluate([item("d", [], "none", [])], () => ({ causes: [], locus: "none", flags: [] }));
    expect(r.exactMatch).toBe(1);
    expect(r.locusAccuracy).toBe(1);
  });
});

describe("parseJsonl", () => {
  const good = '{"id":"x1","outcome":"setback","text":"t","causes":["state","effort"],"locus":"internal","flags":[]}';
  it("parses and sorts labels, skipping blank lines", () => {
    const items = parseJsonl(`${good}\n\n`);
    expect(items).toHaveLength(1);
    expect(items[0]!.causes).toEqual(["effort", "state"]);
  });
  it("names the line of a malformed entry", () => {
    expect(() => parseJsonl(`${good}\n{not json}`)).toThrow(/line 2/);
    expect(() => parseJsonl(`${good}\n${good.replace('"state"', '"mood"')}`)).toThrow(ParseError);
    expect(() => parseJsonl(`\n${good.replace('"setback"', '"draw"')}`)).toThrow(/line 2: "outcome"/);
  });
});

describe("deterministic split", () => {
  it("holds out an item when FNV-1a(id) % 5 === 0", () => {
    expect(idHash("")).toBe(0x811c9dc5);
    expect(idHash("a")).toBe(0xe40c292c);
    const ids = Array.from({ length: 500 }, (_, i) => `id${i}`);
    const held = ids.filter(isHeldOut);
    expect(held.length).toBeGreaterThan(60);
    expect(held.length).toBeLessThan(140);
    for (const id of held) expect(idHash(id) % 5).toBe(0);
  });
  it("splits items into disjoint train and heldout parts", () => {
    const items = ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10"].map((id) => item(id, [], "none", []));
    const train = splitItems(items, "train").map((i) => i.id);
    const heldout = splitItems(items, "heldout").map((i) => i.id);
    expect([...train, ...heldout].sort()).toEqual(items.map((i) => i.id).sort());
    expect(train.filter((id) => heldout.includes(id))).toEqual([]);
  });
});
