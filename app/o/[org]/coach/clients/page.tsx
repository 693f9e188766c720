import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listClients } from "@/lib/clients/list-clients";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const clients = await withTenant(getDb(), member.scope, (tx) => listClients(tx, { orgId: member.org.id }));
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Clients</h1>
        <Link href={`/o/${member.org.slug}/coach/invitations`}>Invite a client</Link>
      </div>
      {clients.length === 0 ? (
        <p>No clients yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-ink/5">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-ink/10 text-muted">
              <tr>
                <th scope="col" className="p-3 font-medium">Client</th>
                <th scope="col" className="p-3 font-medium">Coach</th>
                <th scope="col" className="p-3 font-medium">Joined</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-ink/5">
              {clients.map((client) => (
                <tr key={client.membershipId}>
                  <td className="p-3">
                    <Link href={`/o/${member.org.slug}/coach/clients/${client.membershipId}`} className="font-medium">
                      {client.name ?? client.email}
                    </Link>
                    {client.name ? <div className="text-muted">{client.email}</div> : null}
                  </td>
                  <td className="p-3">{client.coachName ?? client.coachEmail ?? "—"}</td>
                  <td className="p-3">{client.joinedAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
