import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findAttempt } from "@/lib/attempts/find-attempt";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { AttemptSummary } from "../../../client/practice/_components/attempt-summary";
import { AttemptThread } from "../../../client/practice/_components/attempt-thread";
import { CommentForm } from "../../../client/practice/_components/comment-form";
import { coachCommentAction, confirmMasteryAction } from "../actions";
import { ConfirmMasteryForm } from "./confirm-form";

export const metadata: Metadata = { title: "Attempt" };

export default async function CoachAttemptPage({ params }: { params: Promise<{ org: string; attempt: string }> }) {
  const { org, attempt: attemptId } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const view = await withTenant(getDb(), member.scope, (tx) => findAttempt(tx, { orgId: member.org.id, attemptId }));
  if (!view) notFound();
  const { attempt, level } = view;
  const clientName = view.client.name ?? view.client.email;
  const clientHref = `/o/${member.org.slug}/coach/clients/${attempt.clientMembershipId}`;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <Link href={clientHref} className="text-sm">
          ← {clientName}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Attempt by {clientName}</h1>
        <p className="text-muted">
          {view.ladderTitle} · Level {level.position + 1}: {level.title}
        </p>
      </div>

      {level.coachConfirms ? (
        <section aria-labelledby="confirm-heading" className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-ink/5">
          <h2 id="confirm-heading" className="text-lg font-medium">
            Mastery on this level needs your confirmation
          </h2>
          {attempt.coachConfirmedAt ? (
            <p>You confirmed this success as mastery.</p>
          ) : view.canConfirm ? (
            <>
              <p>
                {clientName} has the {view.progress.status.required} successful attempt{view.progress.status.required === 1 ? "" : "s"} this level asks for.
                Confirm when the success was genuine mastery; the next level then unlocks.
              </p>
              <ConfirmMasteryForm action={confirmMasteryAction.bind(null, member.org.slug, attempt.id)} />
            </>
          ) : (
            <p className="text-muted">
              {view.progress.levelMastered ? "This level is mastered." : `${view.progress.status.successes} of ${view.progress.status.required} successes so far.`}
            </p>
          )}
        </section>
      ) : null}

      <AttemptSummary view={view} timeZone={member.org.timezone} perspective="coach" />

      <section aria-labelledby="thread-heading" className="space-y-3">
        <h2 id="thread-heading" className="text-lg font-medium">
          Feedback
        </h2>
        <p className="text-sm text-muted">Name what you saw them do, and one thing to refine next time.</p>
        <AttemptThread comments={view.comments} viewerMembershipId={member.membershipId} timeZone={member.org.timezone} />
        <CommentForm
          action={coachCommentAction.bind(null, member.org.slug, attempt.id)}
          clientKey={randomUUID()}
          key={view.comments.length}
          label={`Reply to ${clientName}`}
          button="Send reply"
        />
      </section>
    </div>
  );
}
