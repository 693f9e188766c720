import Link from "next/link";
import type { TimelineAttempt } from "@/lib/progress/load-client-progress";
import { formatDateTime } from "../../../client/practice/_components/format";

/** The client's attempts, most recent activity first, with the outcome, confidence and reflection; each opens the attempt. */
export function ProgressTimeline({ timeline, total, attemptsBase, timeZone }: { timeline: readonly TimelineAttempt[]; total: number; attemptsBase: string; timeZone: string }) {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h3 id="timeline-heading" className="text-lg font-medium">
        Attempts
      </h3>
      {timeline.length === 0 ? (
        <p className="text-muted">No attempts yet.</p>
      ) : (
        <>
          {total > timeline.length ? (
            <p className="text-sm text-muted">
              The {timeline.length} most recently active of {total} attempts.
            </p>
          ) : null}
          <ol className="space-y-3">
            {timeline.map((attempt) => (
              <li key={attempt.id} className="rounded-lg bg-white p-4 ring-1 ring-ink/5" data-testid="timeline-attempt">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <Link href={`${attemptsBase}/${attempt.id}`} className="font-medium">
                    {attempt.status === "prepared" ? "Prepared" : attempt.outcome === "success" ? "Success" : "Setback"}: {attempt.levelTitle}
                  </Link>
                  <span className="text-sm text-muted">{formatDateTime(attempt.recordedAt ?? attempt.createdAt, timeZone)}</span>
                  {attempt.newReply ? <span className="rounded bg-brand px-2 py-0.5 text-xs font-medium text-white">New reply</span> : null}
                  {attempt.coachConfirmedAt ? <span className="rounded bg-brand-soft px-2 py-0.5 text-xs text-brand">Mastery confirmed</span> : null}
                </div>
                <p className="text-sm">
                  Confidence {attempt.confidenceBefore} before
                  {attempt.confidenceAfter === null ? "" : `, ${attempt.confidenceAfter} after`}
                  {attempt.effort === null ? "" : ` · effort ${attempt.effort} of 5`}
                </p>
                {attempt.reflectionText ? <p className="mt-2 line-clamp-4 whitespace-pre-wrap">{attempt.reflectionText}</p> : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
