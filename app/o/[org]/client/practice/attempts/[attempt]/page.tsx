import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findAttempt } from "@/lib/attempts/find-attempt";
import { acknowledgement } from "@/lib/practice/acknowledgement";
import { EFFORT_LABELS, EFFORT_VALUES } from "@/lib/practice/effort";
import { reflectionPrompts } from "@/lib/practice/prompts";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { clientCommentAction, recordAction } from "../../actions";
import { AttemptSummary } from "../../_components/attempt-summary";
import { AttemptThread } from "../../_components/attempt-thread";
import { CommentForm } from "../../_components/comment-form";
import { formatDateTime } from "../../_components/format";
import { RecordForm } from "../../_components/record-form";

export const metadata: Metadata = { title: "Your attempt" };

export default async function ClientAttemptPage({ params }: { params: Promise<{ org: string; attempt: string }> }) {
  const { org, attempt: attemptId } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  const view = await withTenant(getDb(), member.scope, (tx) =>
    findAttempt(tx, { orgId: member.org.id, attemptId, clientMembershipId: member.membershipId }),
  );
  if (!view) notFound();
  const { attempt, level } = view;
  const timeZone = member.org.timezone;
  const base = `/o/${member.org.slug}/client`;

  if (attempt.status === "prepared") {
    const context = { previousLevelTitle: view.previousMasteredLevel?.title };
    const stillCurrent = view.assignment.currentLevelId === level.id && view.assignment.status === "active";
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <div>
          <Link href={base} className="text-sm">
            ← My practice
          </Link>
          <h1 className="mt-2 text-2xl font-semibold">How did it go?</h1>
          <p className="text-muted">
            {view.ladderTitle} · Level {level.position + 1}: {level.title}
          </p>
        </div>
        <section aria-labelledby="criteria-heading" className="rounded-lg bg-white p-4 ring-1 ring-ink/5">
          <h2 id="criteria-heading" className="text-sm font-medium text-muted">
            You&apos;ll know you succeeded when
          </h2>
          <p className="whitespace-pre-wrap">{level.successCriteria}</p>
          <p className="mt-2 text-sm text-muted">
            Before you started you rated your confidence {attempt.confidenceBefore} of 100
            {attempt.plannedAt ? `, planned for ${formatDateTime(attempt.plannedAt, timeZone)}` : ""}
            {attempt.plannedWhere ? ` at ${attempt.plannedWhere}` : ""}.
          </p>
        </section>
        {stillCurrent ? null : (
          <p role="status" className="rounded-md bg-brand-soft p-3">
            This attempt was prepared for a level that is no longer your current one.{" "}
            <Link href={base}>Go to your current level</Link>.
          </p>
        )}
        <RecordForm
          action={recordAction.bind(null, member.org.slug, attempt.id)}
          levelId={level.id}
          prompts={{ success: reflectionPrompts("success", context), setback: reflectionPrompts("setback", context) }}
          effortOptions={EFFORT_VALUES.map((value) => ({ value, label: EFFORT_LABELS[value] ?? String(value) }))}
        />
      </div>
    );
  }

  const ack = attempt.outcome
    ? acknowledgement({
        outcome: attempt.outcome,
        levelTitle: level.title,
        effort: attempt.effort,
        confidenceBefore: attempt.confidenceBefore,
        confidenceAfter: attempt.confidenceAfter,
        plan: attempt.plannedWhere,
        progress: { state: view.progress.status.state, successes: view.progress.status.successes, required: view.progress.status.required },
        nextLevelTitle: view.progress.unlocked?.title ?? null,
        ladderComplete: view.progress.ladderComplete,
      })
    : null;
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div>
        <Link href={base} className="text-sm">
          ← My practice
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Your attempt</h1>
        <p className="text-muted">
          {view.ladderTitle} · Level {level.position + 1}: {level.title}
        </p>
      </div>

      {ack ? (
        <section aria-labelledby="ack-heading" className="space-y-2 rounded-lg bg-brand-soft p-5" role="status">
          <h2 id="ack-heading" className="text-lg font-medium">
            {ack.headline}
          </h2>
          {ack.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {view.progress.masteredByThis ? (
            <p className="font-semibold" data-testid="level-mastered">
              Level mastered
            </p>
          ) : null}
          {view.progress.unlocked ? (
            <p className="font-semibold" data-testid="level-unlocked">
              Unlocked: {view.progress.unlocked.title}
            </p>
          ) : null}
        </section>
      ) : null}

      <AttemptSummary view={view} timeZone={timeZone} perspective="client" />

      <section aria-labelledby="thread-heading" className="space-y-3">
        <h2 id="thread-heading" className="text-lg font-medium">
          Feedback from your coach
        </h2>
        <p className="text-sm text-muted">Ask your coach what they noticed; their view helps you refine what you do next time.</p>
        <AttemptThread comments={view.comments} viewerMembershipId={member.membershipId} timeZone={timeZone} />
        <CommentForm action={clientCommentAction.bind(null, member.org.slug, attempt.id)} clientKey={randomUUID()} key={view.comments.length} label="Write to your coach" button="Send" />
      </section>

      <p>
        <Link href={base}>Back to my practice</Link>
      </p>
    </div>
  );
}
