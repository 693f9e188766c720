import type { AttemptView } from "@/lib/attempts/find-attempt";
import { effortLabel } from "@/lib/practice/effort";
import { reflectionPrompts } from "@/lib/practice/prompts";
import { formatDateTime } from "./format";

/** What was recorded for an attempt: outcome, confidence before and after, effort, and the reflection under its questions. */
export function AttemptSummary({ view, timeZone, perspective }: { view: AttemptView; timeZone: string; perspective: "client" | "coach" }) {
  const { attempt, reflection } = view;
  const you = perspective === "client";
  const prompts = attempt.outcome ? reflectionPrompts(attempt.outcome, { previousLevelTitle: view.previousMasteredLevel?.title }).questions : [];
  const answered = reflection?.answers
    ? Object.entries(reflection.answers).map(([id, answer]) => ({ id, question: prompts.find((prompt) => prompt.id === id)?.text ?? "Reflection", answer }))
    : [];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">Outcome</dt>
          <dd className="font-medium" data-testid="attempt-outcome">
            {attempt.outcome === "success" ? "Success" : attempt.outcome === "setback" ? "Setback" : "Not recorded yet"}
          </dd>
        </div>
        {attempt.recordedAt ? (
          <div>
            <dt className="text-sm text-muted">Recorded</dt>
            <dd>{formatDateTime(attempt.recordedAt, timeZone)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-sm text-muted">Confidence before</dt>
          <dd>{attempt.confidenceBefore} of 100</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Confidence after</dt>
          <dd>{attempt.confidenceAfter === null ? "–" : `${attempt.confidenceAfter} of 100`}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Effort</dt>
          <dd>{attempt.effort === null ? "–" : `${attempt.effort} of 5 (${effortLabel(attempt.effort)})`}</dd>
        </div>
        {attempt.plannedAt || attempt.plannedWhere ? (
          <div>
            <dt className="text-sm text-muted">{you ? "Your plan" : "Plan"}</dt>
            <dd>{[attempt.plannedAt ? formatDateTime(attempt.plannedAt, timeZone) : null, attempt.plannedWhere].filter(Boolean).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      {reflection ? (
        <section aria-labelledby="reflection-heading" className="space-y-2">
          <h2 id="reflection-heading" className="text-lg font-medium">
            {you ? "Your reflection" : "Reflection"}
          </h2>
          {answered.length > 0 ? (
            <dl className="space-y-3" data-testid="reflection">
              {answered.map((item) => (
                <div key={item.id}>
                  <dt className="text-sm text-muted">{item.question}</dt>
                  <dd className="whitespace-pre-wrap">{item.answer}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="whitespace-pre-wrap" data-testid="reflection">
              {reflection.text}
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
