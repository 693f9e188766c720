import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { MembershipRole } from "@/lib/tenancy/roles";
import { type TenantScope, withTenant } from "@/lib/tenancy/scope";
import { invitableRoles } from "./invite-member";

/**
 * Withdraws an open invitation of the caller's organization, for a role the caller may
 * hand out (a coach cannot withdraw an owner's invitation of an admin). Another org's id
 * changes nothing.
 */
export async function revokeInvitation(
  db: Database,
  scope: TenantScope & { role: MembershipRole },
  { invitationId }: { invitationId: string },
): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(invitationId)) return false;
  return withTenant(db, scope, async (tx) => {
    const revoked = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.orgId, scope.orgId),
          inArray(invitations.role, invitableRoles(scope.role)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ email: invitations.email });
    if (revoked[0]) await recordAudit(tx, { orgId: scope.orgId, actorUserId: scope.userId, action: "invitation.revoked", subject: revoked[0].email });
    return revoked.length > 0;
  });
}
