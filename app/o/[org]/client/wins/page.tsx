import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/app/_components/form-controls";
import { getDb } from "@/db/client";
import { LIFE_DOMAINS } from "@/lib/inventory/domains";
import { listEntries } from "@/lib/inventory/list-entries";
import { PIN_DRAFT_MESSAGE } from "@/lib/inventory/pin-entry";
import { MAX_PINNED, PIN_LIMIT_MESSAGE } from "@/lib/inventory/pins";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { pinAction } from "./actions";
import { PinButton } from "./_pin-button";

export const metadata: Metadata = { title: "My wins" };

const NOTICES: Record<string, string> = { "pin-limit": PIN_LIMIT_MESSAGE, "pin-draft": PIN_DRAFT_MESSAGE };

// The success inventory (Phase 1): past wins by life domain, with up to three pinned
// for the review before each attempt.
export default async function WinsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ notice?: string }> }) {
  const { org } = await params;
  const { notice } = await searchParams;
  const member = await requireMember(org, { roles: ["client"] });
  const entries = await withTenant(getDb(), member.scope, (tx) => listEntries(tx, { orgId: member.org.id, clientMembershipId: member.membershipId }));
  const base = `/o/${member.org.slug}/client/wins`;
  const pinnedCount = entries.filter((e) => e.pinnedAt).length;
  const pin = pinAction.bind(null, member.org.slug);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">My wins</h1>
          <p className="mt-1 text-muted">
            Times you did something difficult, in your own words. Pin up to {MAX_PINNED} that matter most: you&apos;ll see them before each
            challenge.
          </p>
        </div>
        <Link href={`${base}/new`} className="rounded-md bg-brand px-4 py-2 font-medium text-white no-underline hover:bg-brand/90">
          Add a win
        </Link>
      </div>
      <FormMessage message={notice ? NOTICES[notice] : undefined} ok={false} />
      <p className="text-sm text-muted">
        <span data-testid="pinned-count">
          Pinned: {pinnedCount} of {MAX_PINNED}
        </span>{" "}
        · <Link href={`/o/${member.org.slug}/client/review`}>See your review before a challenge</Link>
      </p>
      {entries.length === 0 ? (
        <p className="rounded-lg bg-brand-soft p-4">
          No wins recorded yet. Start with one from any part of your life: a project you finished, a physical challenge, a hard
          conversation, a habit you built.
        </p>
      ) : null}
      {LIFE_DOMAINS.map((domain) => {
        const inDomain = entries.filter((e) => e.domain === domain.key);
        return (
          <section key={domain.key} aria-labelledby={`domain-${domain.key}`} className="space-y-2">
            <h2 id={`domain-${domain.key}`} className="text-lg font-medium">
              {domain.label}
            </h2>
            {inDomain.length === 0 ? (
              <p className="text-sm text-muted">{domain.prompt}.</p>
            ) : (
              <ul className="divide-y divide-ink/10 rounded-lg bg-white ring-1 ring-ink/5">
                {inDomain.map((entry) => (
                  <li key={entry.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                    <div>
                      <Link href={`${base}/${entry.id}`} className="font-medium">
                        {entry.title}
                      </Link>
                      <div className="text-sm text-muted">
                        {entry.status === "draft" ? "Draft: continue where you stopped" : "Complete"}
                        {entry.pinnedAt ? " · Pinned" : ""}
                      </div>
                    </div>
                    {entry.status === "complete" ? <PinButton action={pin} entryId={entry.id} pinned={Boolean(entry.pinnedAt)} title={entry.title} from="list" /> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
