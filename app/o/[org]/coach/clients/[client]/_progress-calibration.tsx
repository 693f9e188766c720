import type { Calibration } from "@/lib/practice/calibration";

function percent(value: number | null): string {
  return value === null ? "–" : `${Math.round(value * 100)}%`;
}

/** How the client's confidence before attempts compares with how often they succeed. */
export function ProgressCalibration({ calibration }: { calibration: Calibration }) {
  if (calibration.kind === "not_enough") {
    return <p className="text-sm text-muted" data-testid="calibration">Calibration: not enough attempts yet ({calibration.attempts} recorded; it needs 3).</p>;
  }
  const lean =
    calibration.kind === "over_confident"
      ? "Their confidence runs ahead of their results: help them plan for what could go wrong."
      : calibration.kind === "under_confident"
        ? "They succeed more often than they expect: point them to the evidence of their own successes."
        : "Their confidence tracks what they actually achieve.";
  return (
    <div className="space-y-1" data-testid="calibration">
      <p>
        <strong>Calibration: {calibration.label}.</strong> Average confidence before an attempt {percent(calibration.meanConfidence)}; success rate{" "}
        {percent(calibration.successRate)} over {calibration.attempts} attempts.
      </p>
      <p className="text-sm text-muted">{lean}</p>
    </div>
  );
}
