import type { Outcome } from "./types";

/**
 * How well a client's "How sure are you?" matches what then happens. The method
 * asks for efficacy that is built on genuine mastery while staying realistic;
 * calibration shows the coach which way a client's self-assessment leans.
 */

export const DEFAULT_CALIBRATION_TOLERANCE = 0.15;
export const DEFAULT_MIN_CALIBRATION_ATTEMPTS = 3;

export type CalibrationKind = "over_confident" | "under_confident" | "well_calibrated" | "not_enough";

export const CALIBRATION_LABELS: Record<CalibrationKind, string> = {
  over_confident: "over-confident",
  under_confident: "under-confident",
  well_calibrated: "well calibrated",
  not_enough: "not enough attempts yet",
};

export interface CalibrationAttempt {
  outcome: Outcome;
  confidenceBefore: number | null;
}

export interface Calibration {
  kind: CalibrationKind;
  label: string;
  /** Attempts with a confidence-before rating; others cannot be calibrated. */
  attempts: number;
  /** Mean confidence-before as a probability, 0–1; null with no rated attempts. */
  meanConfidence: number | null;
  successRate: number | null;
  /** meanConfidence − successRate: positive leans over-confident. */
  gap: number | null;
  /** Mean squared error of confidence as a forecast of success: 0 is perfect, 0.25 is always saying 50. */
  brier: number | null;
  tolerance: number;
}

export interface CalibrationOptions {
  /** Largest |gap| still called well calibrated (0–1). */
  tolerance?: number;
  minAttempts?: number;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function probability(confidence: number): number {
  return Math.min(1, Math.max(0, confidence / 100));
}

export function brierScore(attempts: readonly CalibrationAttempt[]): number | null {
  const rated = attempts.filter((attempt) => attempt.confidenceBefore !== null);
  if (rated.length === 0) return null;
  return mean(rated.map((attempt) => (probability(attempt.confidenceBefore ?? 0) - (attempt.outcome === "success" ? 1 : 0)) ** 2));
}

export function calibration(attempts: readonly CalibrationAttempt[], options: CalibrationOptions = {}): Calibration {
  const tolerance = options.tolerance ?? DEFAULT_CALIBRATION_TOLERANCE;
  const minAttempts = options.minAttempts ?? DEFAULT_MIN_CALIBRATION_ATTEMPTS;
  const rated = attempts.filter((attempt) => attempt.confidenceBefore !== null);

  const meanConfidence = rated.length ? mean(rated.map((attempt) => probability(attempt.confidenceBefore ?? 0))) : null;
  const successRate = rated.length ? rated.filter((attempt) => attempt.outcome === "success").length / rated.length : null;
  const gap = meanConfidence !== null && successRate !== null ? meanConfidence - successRate : null;

  let kind: CalibrationKind;
  // Compare with a small epsilon so a gap of exactly the tolerance counts as within it despite float error.
  if (gap === null || rated.length < minAttempts) kind = "not_enough";
  else if (gap > tolerance + 1e-9) kind = "over_confident";
  else if (gap < -tolerance - 1e-9) kind = "under_confident";
  else kind = "well_calibrated";

  return {
    kind,
    label: CALIBRATION_LABELS[kind],
    attempts: rated.length,
    meanConfidence,
    successRate,
    gap,
    brier: brierScore(rated),
    tolerance,
  };
}
