import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/app/_components/form-controls";
import { getDb } from "@/db/client";
import { loadMasteryReview } from "@/lib/reliving/load-review";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { MasteryReviewView } from "./_mastery-review";

export const metadata: Metadata = { title: "Before a challenge" };

// Future projection (Phase 4): the mastery review, and a visualization for each attempt
// the client has planned.
export default async function ReviewPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { org } = await params;
  const { saved } = await searchParams;
  const member = await requireMember(org, { roles: ["client"] });
  const { review, planned, levelTitle } = await withTenant(getDb(), member.scope, (tx) =>
    loadMasteryReview(tx, { orgId: member.org.id, clientMembershipId: member.membershipId }),
  );
  const base = `/o/${member.org.slug}/client`;
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: member.org.timezone });
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <FormMessage message={saved === "anchor" ? "Your anchor and statement are saved. Here is how they will look before a challenge." : undefined} ok />
      <div>
        <h1 className="text-2xl font-semibold">Before a challenge</h1>
        <p className="mt-1 text-muted">Five to ten minutes before you begin: picture it, then look at the evidence.</p>
      </div>
      <section className="space-y-2 rounded-lg bg-white p-5 ring-1 ring-ink/5">
        <h2 className="text-lg font-medium">Picture it first</h2>
        {planned.length > 0 ? (
          <ul className="space-y-1">
            {planned.map((attempt) => (
              <li key={attempt.id}>
                <Link href={`${base}/review/visualize?attempt=${attempt.id}`}>
                  {attempt.levelTitle}, {when.format(attempt.plannedAt)}
                  {attempt.plannedWhere ? ` at ${attempt.plannedWhere}` : ""}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <Link href={`${base}/review/visualize`}>{levelTitle ? `Visualize “${levelTitle}”` : "Visualize the challenge ahead"}</Link> (about
          five minutes, one step at a time).
        </p>
      </section>
      <MasteryReviewView review={review} winsUrl={`${base}/wins`} />
    </div>
  );
}
