import { describe, expect, it } from "vitest";
import { brierScore, calibration, type CalibrationAttempt } from "@/lib/practice/calibration";

const success = (confidenceBefore: number | null): CalibrationAttempt => ({ outcome: "success", confidenceBefore });
const setback = (confidenceBefore: number | null): CalibrationAttempt => ({ outcome: "setback", confidenceBefore });

describe("calibration", () => {
  it("says not enough attempts yet under the minimum of 3", () => {
    const result = calibration([success(50), setback(50)]);
    expect(result).toMatchObject({ kind: "not_enough", label: "not enough attempts yet", attempts: 2 });
    expect(result.successRate).toBe(0.5);
  });

  it("has no numbers with no rated attempts", () => {
    expect(calibration([success(null)])).toMatchObject({
      kind: "not_enough",
      attempts: 0,
      meanConfidence: null,
      successRate: null,
      gap: null,
      brier: null,
    });
  });

  it("labels over-confidence when confidence runs above the success rate by more than the tolerance", () => {
    const result = calibration([success(90), setback(90), setback(90)]);
    expect(result.kind).toBe("over_confident");
    expect(result.label).toBe("over-confident");
    expect(result.gap).toBeCloseTo(0.9 - 1 / 3);
  });

  it("labels under-confidence when success outruns confidence", () => {
    const result = calibration([success(30), success(40), success(50)]);
    expect(result).toMatchObject({ kind: "under_confident", label: "under-confident" });
    expect(result.meanConfidence).toBeCloseTo(0.4);
  });

  it("calls a gap exactly at the tolerance well calibrated and just beyond it not", () => {
    // 50% success rate, so mean confidence 0.65 sits exactly at the 0.15 tolerance.
    const at = calibration([success(65), setback(65), success(65), setback(65)]);
    expect(at.gap).toBeCloseTo(0.15);
    expect(at.kind).toBe("well_calibrated");
    expect(calibration([success(66), setback(66), success(66), setback(66)]).kind).toBe("over_confident");
    expect(calibration([success(35), setback(35), success(35), setback(35)]).kind).toBe("well_calibrated");
    expect(calibration([success(34), setback(34), success(34), setback(34)]).kind).toBe("under_confident");
  });

  it("honours a custom tolerance and minimum", () => {
    expect(calibration([success(80), success(80)], { minAttempts: 2, tolerance: 0.1 }).kind).toBe("under_confident");
    expect(calibration([success(80), success(80)], { minAttempts: 2, tolerance: 0.2 }).kind).toBe("well_calibrated");
  });

  it("ignores attempts without a confidence rating", () => {
    expect(calibration([success(null), success(70), setback(70), success(70)]).attempts).toBe(3);
  });
});

describe("brierScore", () => {
  it("is 0 for perfect forecasts and 1 for confidently wrong ones", () => {
    expect(brierScore([success(100), setback(0)])).toBe(0);
    expect(brierScore([success(0), setback(100)])).toBe(1);
  });

  it("is 0.25 for always saying 50", () => {
    expect(brierScore([success(50), setback(50), success(50)])).toBeCloseTo(0.25);
  });

  it("averages squared errors", () => {
    // (0.8-1)^2 = 0.04, (0.6-0)^2 = 0.36 → 0.2
    expect(brierScore([success(80), setback(60)])).toBeCloseTo(0.2);
  });

  it("is null without rated attempts", () => {
    expect(brierScore([])).toBeNull();
  });
});
