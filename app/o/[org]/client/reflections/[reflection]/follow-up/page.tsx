import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { ATTRIBUTION_QUESTION, shouldAskAttributionQuestion } from "@/lib/reflections/attribution-question";
import { findClientReflection } from "@/lib/reflections/find-client-reflection";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { followUpDestination } from "./_destination";
import { FollowUpForm } from "./_follow-up-form";

export const metadata: Metadata = { title: "One question about your success" };

// Phase 1 step 3 / Phase 3 step 3 of the protocol, in the moment: after a success the
// client credited away or played down, ask once what they did. Only their own reflection;
// once asked (or when the coach switched it off) the page sends them on.
export default async function FollowUpPage({ params }: { params: Promise<{ org: string; reflection: string }> }) {
  const { org, reflection: reflectionId } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  const reflection = await withTenant(getDb(), member.scope, (tx) =>
    findClientReflection(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, reflectionId }),
  );
  if (!reflection) notFound();
  const ask = shouldAskAttributionQuestion({
    outcome: reflection.outcome,
    flags: reflection.machineFlags,
    nudgeEnabled: reflection.nudgeEnabled,
    alreadyAsked: reflection.attributionPromptedAt !== null,
  });
  if (!ask) redirect(followUpDestination(member.org.slug, reflection));

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">One question before you move on</h1>
      <section aria-labelledby="your-reflection" className="space-y-2">
        <h2 id="your-reflection" className="text-sm font-medium text-muted">
          What you wrote
        </h2>
        <blockquote className="whitespace-pre-wrap break-words rounded-lg bg-white p-4 ring-1 ring-ink/5" data-testid="reflection-text">
          {reflection.text}
        </blockquote>
      </section>
      <section className="space-y-3">
        <p>
          When you look at this success, what do you notice about what you did? Think of the actions you took, the effort you put in,
          the problems you solved along the way.
        </p>
        <p className="text-xl font-medium">{ATTRIBUTION_QUESTION}</p>
        <FollowUpForm slug={member.org.slug} reflectionId={reflection.id} question="Name one or two things you did." />
      </section>
    </div>
  );
}
