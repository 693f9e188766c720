import Link from "next/link";
import type { AssignmentProgress } from "@/lib/progress/load-client-progress";
import { LevelList } from "../../../client/practice/_components/level-list";

const STATUS_LABEL: Record<AssignmentProgress["status"], string> = {
  active: "Active",
  paused: "Paused",
  ended: "Ended",
  completed: "Completed",
};

/** One assignment: its levels (mastered, current, locked), the method signals, and a confirmation waiting for the coach. */
export function ProgressAssignment({ assignment, attemptsBase }: { assignment: AssignmentProgress; attemptsBase: string }) {
  const headingId = `progress-${assignment.id}`;
  const status = assignment.currentStatus;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-ink/5">
      <div className="flex flex-wrap items-baseline gap-3">
        <h3 id={headingId} className="text-lg font-medium">
          {assignment.ladderTitle}
        </h3>
        <span className="rounded bg-ink/5 px-2 py-0.5 text-xs">{STATUS_LABEL[assignment.status]}</span>
        {status && assignment.currentLevel ? (
          <span className="text-sm text-muted">
            Current level: {status.successes} of {status.required} successes
          </span>
        ) : null}
      </div>
      {assignment.signals.length > 0 ? (
        <ul className="space-y-2" aria-label="Signals">
          {assignment.signals.map((signal) => (
            <li key={`${signal.kind}-${signal.message}`} className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3" data-signal={signal.kind}>
              <p className="font-medium">{signal.kind === "too_easy" ? "Too easy: suggest stepping up" : "Stuck: suggest an intermediate step"}</p>
              <p className="text-sm">{signal.message}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {status?.state === "awaiting_coach" && assignment.awaitingConfirmationAttemptId ? (
        <p className="rounded-md bg-brand-soft p-3">
          The level&apos;s count is met and waits for your confirmation.{" "}
          <Link href={`${attemptsBase}/${assignment.awaitingConfirmationAttemptId}`}>Review the attempt and confirm mastery</Link>
        </p>
      ) : null}
      <LevelList levels={assignment.levels} label={`Levels of ${assignment.ladderTitle}`} />
    </section>
  );
}
