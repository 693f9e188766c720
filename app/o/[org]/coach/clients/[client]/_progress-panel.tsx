import { ConfidenceChart } from "@/app/_components/charts/confidence-chart";
import { getDb } from "@/db/client";
import { loadClientProgress } from "@/lib/progress/load-client-progress";
import { withTenant } from "@/lib/tenancy/scope";
import { ProgressAssignment } from "./_progress-assignment";
import { ProgressCalibration } from "./_progress-calibration";
import { ProgressTimeline } from "./_progress-timeline";
import type { ClientPanelProps } from "./_panel-props";

/** The client's practice as the coach sees it: ladders and signals, confidence over time, calibration, the attempts timeline. */
export async function ProgressPanel({ member, client }: ClientPanelProps) {
  const progress = await withTenant(getDb(), member.scope, (tx) => loadClientProgress(tx, { orgId: member.org.id, clientMembershipId: client.membershipId }));
  const base = `/o/${member.org.slug}/coach`;
  const timeZone = member.org.timezone;
  return (
    <section aria-labelledby="progress-heading" className="space-y-6">
      <h2 id="progress-heading" className="text-xl font-semibold">
        Progress
      </h2>
      {progress.assignments.length === 0 ? (
        <p className="text-muted">No ladder assigned yet.</p>
      ) : (
        progress.assignments.map((assignment) => <ProgressAssignment key={assignment.id} assignment={assignment} attemptsBase={`${base}/attempts`} />)
      )}
      <section aria-labelledby="chart-heading" className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-ink/5">
        <h3 id="chart-heading" className="text-lg font-medium">
          Confidence over time
        </h3>
        <ConfidenceChart points={progress.chart} timeZone={timeZone} id={`confidence-${client.membershipId}`} />
        <ProgressCalibration calibration={progress.calibration} />
      </section>
      <ProgressTimeline timeline={progress.timeline} total={progress.totalAttempts} attemptsBase={`${base}/attempts`} timeZone={timeZone} />
    </section>
  );
}
