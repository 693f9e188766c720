import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listClients } from "@/lib/clients/list-clients";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";

export const metadata: Metadata = { title: "Coach overview" };

export default async function CoachOverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const { clients, invitations } = await withTenant(getDb(), member.scope, async (tx) => ({
    clients: await listClients(tx, { orgId: member.org.id }),
    invitations: await listOpenInvitations(tx, { orgId: member.org.id }),
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
      ) : null}
    </div>
  );
}
