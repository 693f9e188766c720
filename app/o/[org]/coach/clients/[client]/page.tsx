import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findClient } from "@/lib/clients/find-client";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { AssignPanel } from "./_assign-panel";
import { ProgressPanel } from "./_progress-panel";
import { ReflectionsPanel } from "./_reflections-panel";
import { ScreeningPanel } from "./_screening-panel";

export const metadata: Metadata = { title: "Client" };

// The coach's page for one client. Each panel is its own server component that loads its
// own data inside the same tenant guard: screening (issue 6), assignment (ladders),
// progress (the practice loop), reflections (attribution review).
export default async function CoachClientPage({ params }: { params: Promise<{ org: string; client: string }> }) {
  const { org, client: clientId } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const client = await withTenant(getDb(), member.scope, (tx) => findClient(tx, { orgId: member.org.id, clientMembershipId: clientId }));
  if (!client) notFound();
  const panelProps = { member, client };
  return (
    <div className="space-y-8">
      <div>
        <Link href={`/o/${member.org.slug}/coach/clients`} className="text-sm">
          ← Clients
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{client.name ?? client.email}</h1>
        {client.name ? <p className="text-muted">{client.email}</p> : null}
      </div>
      <ScreeningPanel {...panelProps} />
      <AssignPanel {...panelProps} />
      <ProgressPanel {...panelProps} />
      <ReflectionsPanel {...panelProps} />
    </div>
  );
}
