import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { findClientCoach } from "@/lib/clients/find-client-coach";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";

export const metadata: Metadata = { title: "My practice" };

export default async function ClientHomePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  const coachMembershipId = member.coachMembershipId;
  const coach = coachMembershipId
    ? await withTenant(getDb(), member.scope, (tx) => findClientCoach(tx, { orgId: member.org.id, coachMembershipId }))
    : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome to {member.org.name}</h1>
      {coach ? (
        <p>
          Your coach is <strong>{coach.name ?? coach.email}</strong>.
        </p>
      ) : null}
      <section className="rounded-lg bg-white p-5 ring-1 ring-ink/5">
        <h2 className="text-lg font-medium">Your practice work</h2>
        <p className="mt-1 text-muted">
          When your coach assigns you a ladder of challenges, your current step will show here: what to do, how you&apos;ll know you
          did it, and a place to reflect afterwards.
        </p>
      </section>
    </div>
  );
}
