import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { isUuid } from "@/lib/inventory/ids";
import { findPlannedAttempt, loadMasteryReview } from "@/lib/reliving/load-review";
import { nextStepIndex, parseStepIndex, prevStepIndex, stepAt } from "@/lib/reliving/navigation";
import { futureProjectionSteps } from "@/lib/reliving/projection";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { StepTimer } from "../../wins/[entry]/reliving/_step-timer";

export const metadata: Metadata = { title: "Picture it" };

// Visualization of future success (Phase 4, step 1), one step per page, for a planned
// attempt (?attempt=) or the current level; ends at the mastery review.
export default async function VisualizePage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ step?: string; attempt?: string }>;
}) {
  const { org } = await params;
  const { step: rawStep, attempt } = await searchParams;
  const member = await requireMember(org, { roles: ["client"] });
  const scope = { orgId: member.org.id, clientMembershipId: member.membershipId };
  const challenge = await withTenant(getDb(), member.scope, async (tx) => {
    if (isUuid(attempt)) {
      const planned = await findPlannedAttempt(tx, { ...scope, attemptId: attempt });
      if (planned) return planned.levelTitle;
    }
    return (await loadMasteryReview(tx, scope)).levelTitle;
  });
  const steps = futureProjectionSteps(challenge);
  const index = parseStepIndex(rawStep, steps);
  const step = stepAt(index, steps)!;
  const next = nextStepIndex(index, steps);
  const prev = prevStepIndex(index, steps);
  const keep = isUuid(attempt) ? <input type="hidden" name="attempt" value={attempt} /> : null;
  const review = `/o/${member.org.slug}/client/review`;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm text-muted">
        Step {index + 1} of {steps.length} · <Link href={review}>Back to the review</Link>
      </p>
      <h1 className="text-2xl font-semibold">{step.title}</h1>
      <p className="text-lg leading-relaxed">{step.text}</p>
      <StepTimer key={step.id} seconds={step.durationSeconds} />
      <div className="flex flex-wrap gap-3">
        {prev !== null ? (
          <form method="get">
            {keep}
            <input type="hidden" name="step" value={prev} />
            <button type="submit" className="min-h-11 rounded-md px-4 py-2 font-medium text-brand ring-1 ring-brand/40">
              Back
            </button>
          </form>
        ) : null}
        {next !== null ? (
          <form method="get">
            {keep}
            <input type="hidden" name="step" value={next} />
            <button type="submit" className="min-h-11 rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand/90">
              Next
            </button>
          </form>
        ) : (
          <Link href={review} className="min-h-11 rounded-md bg-brand px-4 py-2 font-medium text-white no-underline hover:bg-brand/90">
            Go to your review
          </Link>
        )}
      </div>
    </div>
  );
}
