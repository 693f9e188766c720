import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findOwnEntry } from "@/lib/inventory/find-entry";
import { loadStatements } from "@/lib/reliving/load-statements";
import { nextStepIndex, parseStepIndex, prevStepIndex, remainingSeconds, stepAt } from "@/lib/reliving/navigation";
import { RELIVING_STEPS, type RelivingStage } from "@/lib/reliving/script";
import { CAPABILITY_PREFIX } from "@/lib/reliving/statements";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { recordRelivingAction } from "./actions";
import { RecordForm } from "./_record-form";
import { StepTimer } from "./_step-timer";

export const metadata: Metadata = { title: "Relive a win" };

const STAGES: Record<RelivingStage, string> = {
  sensory: "Going back to the moment",
  capability: "Recognising what you did",
  anchoring: "Anchoring the feeling",
};

function minutes(seconds: number): string {
  const m = Math.round(seconds / 60);
  return m <= 1 ? "about a minute" : `about ${m} minutes`;
}

// Guided reliving (Phase 2), one step per page; the step is in the URL (?step=N) and
// next/back are plain GET forms, so it works without JavaScript apart from the timer.
export default async function RelivingPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; entry: string }>;
  searchParams: Promise<{ step?: string }>;
}) {
  const { org, entry: entryId } = await params;
  const { step: rawStep } = await searchParams;
  const member = await requireMember(org, { roles: ["client"] });
  const scope = { orgId: member.org.id, clientMembershipId: member.membershipId };
  const data = await withTenant(getDb(), member.scope, async (tx) => {
    const entry = await findOwnEntry(tx, { ...scope, entryId });
    return entry ? { entry, statements: await loadStatements(tx, scope) } : null;
  });
  if (!data) notFound();
  const { entry, statements } = data;
  const entryUrl = `/o/${member.org.slug}/client/wins/${entry.id}`;
  const buttonClass = "min-h-11 rounded-md px-4 py-2 font-medium";

  if (rawStep === "record") {
    const ending = statements.capabilityStatement?.startsWith(CAPABILITY_PREFIX)
      ? statements.capabilityStatement.slice(CAPABILITY_PREFIX.length).trim()
      : "";
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <p className="text-sm text-muted">Reliving: {entry.title}</p>
        <h1 className="text-2xl font-semibold">Keep what you found</h1>
        <p>
          Write down the anchor you set and what this win says about you. Both will be shown to you before each challenge, with the wins
          you pinned.
        </p>
        <RecordForm
          action={recordRelivingAction.bind(null, member.org.slug, entry.id)}
          sessionKey={crypto.randomUUID()}
          anchorCue={statements.anchorCue ?? ""}
          capabilityEnding={ending}
        />
        <form method="get">
          <input type="hidden" name="step" value={RELIVING_STEPS.length - 1} />
          <button type="submit" className={`${buttonClass} text-brand ring-1 ring-brand/40`}>
            Back
          </button>
        </form>
      </div>
    );
  }

  const index = parseStepIndex(rawStep);
  const step = stepAt(index)!;
  const next = nextStepIndex(index);
  const prev = prevStepIndex(index);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm text-muted">
        Reliving: <Link href={entryUrl}>{entry.title}</Link>
      </p>
      <div>
        <p className="text-sm text-muted">
          Step {index + 1} of {RELIVING_STEPS.length} · {STAGES[step.stage]} · {minutes(remainingSeconds(index))} left
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{step.title}</h1>
      </div>
      <p className={`text-lg leading-relaxed ${step.pace === "slower" ? "tracking-wide" : ""}`}>{step.text}</p>
      {step.pace === "slower" ? <p className="text-sm text-muted">Go slowly here; there is no hurry.</p> : null}
      <p className="text-sm text-muted">Suggested time for this step: {minutes(step.durationSeconds)}.</p>
      <StepTimer key={step.id} seconds={step.durationSeconds} />
      <div className="flex flex-wrap gap-3">
        {prev !== null ? (
          <form method="get">
            <input type="hidden" name="step" value={prev} />
            <button type="submit" className={`${buttonClass} text-brand ring-1 ring-brand/40`}>
              Back
            </button>
          </form>
        ) : null}
        <form method="get">
          <input type="hidden" name="step" value={next ?? "record"} />
          <button type="submit" className={`${buttonClass} bg-brand text-white hover:bg-brand/90`}>
            {next === null ? "Finish" : "Next"}
          </button>
        </form>
      </div>
    </div>
  );
}
