import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listOpenInvitations } from "@/lib/invitations/list-open-invitations";
import { requireMember } from "@/lib/tenancy/guard";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { inviteAction, revokeAction } from "./actions";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invitations" };

export default async function InvitationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const invitations = await withTenant(getDb(), member.scope, (tx) => listOpenInvitations(tx, { orgId: member.org.id }));
  const revoke = revokeAction.bind(null, member.org.slug);
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">Invite someone</h1>
        <p className="text-muted">They&apos;ll get an email with a link to join {member.org.name}. The link is for their address only.</p>
        <InviteForm invite={inviteAction.bind(null, member.org.slug)} canInviteStaff={member.role === "owner" || member.role === "admin"} />
      </section>
      <section className="space-y-4">
        <h2 className="text-xl font-semibold">Open invitations</h2>
        {invitations.length === 0 ? (
          <p className="text-muted">None open.</p>
        ) : (
          <ul className="divide-y divide-ink/10 rounded-lg bg-white ring-1 ring-ink/5">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex items-center justify-between gap-3 p-3">
                <div>
                  <div className="font-medium" data-testid="invited-email">{invitation.email}</div>
                  <div className="text-sm text-muted">
                    {ROLE_LABELS[invitation.role]} · expires {invitation.expiresAt.toISOString().slice(0, 10)}
                  </div>
                </div>
                <form action={revoke}>
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" className="text-sm text-danger underline">
                    Withdraw
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
