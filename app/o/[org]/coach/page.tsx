import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listClients } from "@/lib/clients/list-clients";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import type { AttentionKind } from "@/lib/practice/attention";
import { loadPracticeAttention } from "@/lib/progress/load-practice-attention";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";

export const metadata: Metadata = { title: "Coach overview" };

const KIND_STYLE: Record<AttentionKind, string> = {
  urgent: "bg-red-50 text-danger",
  stuck: "bg-amber-50 text-amber-900",
  overdue: "bg-amber-50 text-amber-900",
  inactive: "bg-ink/5 text-ink",
  newly_mastered: "bg-brand-soft text-brand",
};

export default async function CoachOverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const { clients, invitations, attention } = await withTenant(getDb(), member.scope, async (tx) => ({
    clients: await listClients(tx, { orgId: member.org.id }),
    invitations: await listOpenInvitations(tx, { orgId: member.org.id }),
    attention: await loadPracticeAttention(tx, { orgId: member.org.id, now: new Date() }),
  }));
  const base = `/o/${member.org.slug}/coach`;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{member.org.name}</h1>
      <div className="grid gap-4 sm:grid-cols-2">
        <section className="rounded-lg bg-white p-5 ring-1 ring-ink/5">
          <h2 className="text-lg font-medium">Clients</h2>
          <p className="mt-1 text-3xl font-semibold" data-testid="client-count">
            {clients.length}
          </p>
          <Link href={`${base}/clients`}>See all clients</Link>
        </section>
        <section className="rounded-lg bg-white p-5 ring-1 ring-ink/5">
          <h2 className="text-lg font-medium">Open invitations</h2>
          <p className="mt-1 text-3xl font-semibold">{invitations.length}</p>
          <Link href={`${base}/invitations`}>Invite a client</Link>
        </section>
      </div>
      {clients.length === 0 ? (
        <p className="rounded-lg bg-brand-soft p-4">
          Start by <Link href={`${base}/invitations`}>inviting your first client</Link>. They&apos;ll get an email with a link to join.
        </p>
      ) : (
        <section aria-labelledby="attention-heading" className="space-y-3">
          <h2 id="attention-heading" className="text-xl font-semibold">
            Needs attention
          </h2>
          {attention.length === 0 ? (
            <p className="text-muted">Nothing needs your attention right now.</p>
          ) : (
            <ul className="divide-y divide-ink/10 rounded-lg bg-white ring-1 ring-ink/5">
              {attention.map((item) => (
                <li key={item.clientId} className="space-y-1 p-4" data-testid="attention-item">
                  <Link href={`${base}/clients/${item.clientId}`} className="font-medium">
                    {item.clientName}
                  </Link>
                  <ul className="flex flex-wrap gap-2">
                    {item.reasons.map((reason, index) => (
                      <li key={`${reason.kind}-${index}`} className={`rounded px-2 py-0.5 text-sm ${KIND_STYLE[reason.kind]}`}>
                        {reason.message}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
