import { getDb } from "@/db/client";
import { loadClientScreenings } from "@/lib/screening/load-client-screenings";
import { COACH_REFERRAL_ADVICE } from "@/lib/screening/messages";
import { canSeeScreeningDetails } from "@/lib/screening/visibility";
import { withTenant } from "@/lib/tenancy/scope";
import type { ClientPanelProps } from "./_panel-props";
import { acknowledgeScreeningAction, requestScreeningAction } from "./_screening-actions";
import { ScreeningAnswers } from "./_screening-answers";

function day(date: Date | null, timeZone: string): string {
  return date ? date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }) : "";
}

// Screening (issue 6). The client's coach and the practice's owners/admins see the
// reasons, the answers and can acknowledge or ask for a repeat; another coach of the
// practice sees only the status, so a flag is never missed and nothing is overshared.
export async function ScreeningPanel({ member, client }: ClientPanelProps) {
  const details = canSeeScreeningDetails(member, client);
  const view = await withTenant(getDb(), member.scope, (tx) =>
    loadClientScreenings(tx, { orgId: member.org.id, clientMembershipId: client.membershipId, withDetails: details }),
  );
  const tz = member.org.timezone;
  const latest = view.latest;
  const flagged = Boolean(latest?.referralSuggested);
  const acknowledge = acknowledgeScreeningAction.bind(null, member.org.slug, client.membershipId);
  const requestRepeat = requestScreeningAction.bind(null, member.org.slug, client.membershipId);

  let status: string;
  if (view.pending) {
    status = view.pending.requestedBy
      ? `Waiting for the client to answer again (asked by ${view.pending.requestedBy} on ${day(view.pending.createdAt, tz)}).`
      : "Waiting for the client to finish their intake.";
  } else if (!latest) status = "Not started: the client will be asked when they next open their portal.";
  else if (!flagged) status = `Completed on ${day(latest.completedAt, tz)}. Nothing was flagged.`;
  else if (view.unacknowledged > 0) status = `Completed on ${day(latest.completedAt, tz)}. Flagged: needs acknowledging before mastery work.`;
  else status = `Completed on ${day(latest.completedAt, tz)}. Flag acknowledged by ${latest.acknowledgedBy ?? "a coach"} on ${day(latest.acknowledgedAt, tz)}.`;

  return (
    <section aria-labelledby="screening-heading" className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-ink/5">
      <h2 id="screening-heading" className="text-xl font-semibold">
        Screening
      </h2>
      {latest?.safety ? (
        <div role="alert" className="rounded-md border-l-4 border-danger bg-red-50 p-3 text-danger">
          <p className="font-semibold">Urgent: safety answer</p>
          {details ? (
            <p className="text-sm">
              The client answered the question on thoughts of self-harm above &ldquo;Not at all&rdquo; and was shown crisis resources.
              Please check in with them soon.
            </p>
          ) : (
            // Which answer raised it is for the client's coach and the practice's admins only.
            <p className="text-sm">An answer in this client&apos;s screening needs urgent attention from their coach or an admin.</p>
          )}
        </div>
      ) : null}
      <p data-testid="screening-status">{status}</p>
      {view.goals && details ? (
        <div>
          <h3 className="text-sm font-semibold text-muted">Goals from the intake</h3>
          <p className="whitespace-pre-line">{view.goals}</p>
        </div>
      ) : null}

      {details && latest && flagged ? (
        <div className="space-y-3">
          <ul className="list-disc space-y-2 pl-5 text-sm">
            {(latest.flags ?? []).map((flag) => (
              <li key={flag.kind}>{flag.reasonForCoach}</li>
            ))}
          </ul>
          <p className="font-semibold">{COACH_REFERRAL_ADVICE}</p>
          {view.unacknowledged > 0 ? (
            <form action={acknowledge}>
              <button type="submit" className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand/90">
                Acknowledge
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
      {!details && flagged ? (
        <p className="text-sm text-muted">
          Only the client&apos;s coach and the practice&apos;s admins can see the answers and acknowledge the flag.
        </p>
      ) : null}
      {details && latest?.answers ? <ScreeningAnswers answers={latest.answers} /> : null}
      {details && !view.pending && latest ? (
        <form action={requestRepeat}>
          <button type="submit" className="rounded-md px-4 py-2 font-medium text-brand ring-1 ring-brand/40 hover:bg-brand-soft">
            Ask to repeat the screening
          </button>
        </form>
      ) : null}
    </section>
  );
}
