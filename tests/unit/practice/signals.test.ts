import { describe, expect, it } from "vitest";
import { levelSignals, stuckSignal, tooEasySignal } from "@/lib/practice/signals";
import { attempt } from "./attempts";

describe("tooEasySignal", () => {
  it("fires when the first attempt succeeded with confidence before of 90", () => {
    const signal = tooEasySignal([attempt("success", 0, { confidenceBefore: 90 })], "Run 1 mile");
    expect(signal?.kind).toBe("too_easy");
    expect(signal?.message).toMatch(/^Progressive challenge: consider stepping up/);
    expect(signal?.message).toContain("“Run 1 mile”");
  });

  it("does not fire at confidence 89", () => {
    expect(tooEasySignal([attempt("success", 0, { confidenceBefore: 89 })])).toBeNull();
  });

  it("does not fire when the success came at the second try", () => {
    const attempts = [attempt("setback", 0, { confidenceBefore: 95 }), attempt("success", 1, { confidenceBefore: 95 })];
    expect(tooEasySignal(attempts)).toBeNull();
  });

  it("judges the first attempt by date, not by list order", () => {
    const attempts = [attempt("success", 2, { confidenceBefore: 95 }), attempt("setback", 0, { confidenceBefore: 95 })];
    expect(tooEasySignal(attempts)).toBeNull();
    expect(tooEasySignal([attempt("setback", 3), attempt("success", 1, { confidenceBefore: 92 })])?.kind).toBe("too_easy");
  });

  it("does not fire on a first-try setback, missing confidence, or no attempts", () => {
    expect(tooEasySignal([attempt("setback", 0, { confidenceBefore: 100 })])).toBeNull();
    expect(tooEasySignal([attempt("success", 0, { confidenceBefore: null })])).toBeNull();
    expect(tooEasySignal([])).toBeNull();
  });
});

describe("stuckSignal", () => {
  it("fires on three setbacks in a row", () => {
    const signal = stuckSignal([attempt("setback", 0), attempt("setback", 1), attempt("setback", 2)], "Cold calls");
    expect(signal?.kind).toBe("stuck");
    expect(signal?.message).toMatch(/intermediate step/);
    expect(signal?.message).toContain("“Cold calls”");
  });

  it("does not fire on two setbacks", () => {
    expect(stuckSignal([attempt("setback", 0), attempt("setback", 1)])).toBeNull();
  });

  it("a success breaks the run", () => {
    const attempts = [attempt("setback", 0), attempt("setback", 1), attempt("success", 2), attempt("setback", 3), attempt("setback", 4)];
    expect(stuckSignal(attempts)).toBeNull();
  });

  it("looks at the most recent three only", () => {
    const attempts = [attempt("success", 0), attempt("setback", 1), attempt("setback", 2), attempt("setback", 3)];
    expect(stuckSignal(attempts)?.kind).toBe("stuck");
  });

  it("a success after the run clears the signal", () => {
    const attempts = [attempt("setback", 0), attempt("setback", 1), attempt("setback", 2), attempt("success", 3)];
    expect(stuckSignal(attempts)).toBeNull();
  });

  it("orders by date, not by list order", () => {
    const attempts = [attempt("setback", 3), attempt("setback", 1), attempt("success", 4), attempt("setback", 2)];
    expect(stuckSignal(attempts)).toBeNull();
  });
});

describe("levelSignals", () => {
  it("returns nothing for ordinary progress", () => {
    expect(levelSignals([attempt("setback", 0), attempt("success", 1)])).toEqual([]);
  });

  it("can carry both signals when an easy start is followed by three setbacks", () => {
    const attempts = [
      attempt("success", 0, { confidenceBefore: 95 }),
      attempt("setback", 1),
      attempt("setback", 2),
      attempt("setback", 3),
    ];
    expect(levelSignals(attempts).map((signal) => signal.kind)).toEqual(["too_easy", "stuck"]);
  });
});
