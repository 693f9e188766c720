import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations, memberships, organizations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { enterTenant, withInvitationToken } from "@/lib/tenancy/scope";
import { invitationStatus } from "./find-invitation";
import { hashInvitationToken, isWellFormedInvitationToken } from "./token";

export class AcceptInvitationError extends Error {
  constructor(
    readonly reason: "not_found" | "expired" | "accepted" | "revoked" | "wrong_email",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Accepts an invitation for the signed-in user: the invitation must be open and addressed
 * to the user's own email. Creates the membership and closes the invitation in one
 * transaction; accepting twice (a double click) lands on the same membership.
 */
export async function acceptInvitation(
  db: Database,
  { token, user }: { token: string; user: { id: string; email: string } },
): Promise<{ orgSlug: string; role: string }> {
  if (!isWellFormedInvitationToken(token)) throw new AcceptInvitationError("not_found", "This invitation link is not valid.");
  const tokenHash = hashInvitationToken(token);
  return withInvitationToken(db, { tokenHash, userId: user.id }, async (tx) => {
    const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for("update");
    if (!invitation) throw new AcceptInvitationError("not_found", "This invitation link is not valid.");
    await enterTenant(tx, { orgId: invitation.orgId, userId: user.id });
    const [org] = await tx.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, invitation.orgId));
    const status = invitationStatus(invitation);
    if (status === "accepted" && invitation.acceptedByUserId === user.id) return { orgSlug: org!.slug, role: invitation.role };
    if (status === "accepted") throw new AcceptInvitationError("accepted", "This invitation has already been used.");
    if (status === "revoked") throw new AcceptInvitationError("revoked", "This invitation was withdrawn. Ask your coach for a new one.");
    if (status === "expired") throw new AcceptInvitationError("expired", "This invitation has expired. Ask your coach to send a new one.");
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new AcceptInvitationError(
        "wrong_email",
        `This invitation is for ${invitation.email}, but you are signed in as ${user.email}. Sign out and sign in with ${invitation.email}.`,
      );
    }
    const [existing] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, invitation.orgId), eq(memberships.userId, user.id)));
    if (!existing) {
      await tx.insert(memberships).values({
        orgId: invitation.orgId,
        userId: user.id,
        role: invitation.role,
        coachMembershipId: invitation.coachMembershipId,
      });
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedByUserId: user.id })
      .where(eq(invitations.id, invitation.id));
    await recordAudit(tx, { orgId: invitation.orgId, actorUserId: user.id, action: "invitation.accepted", subject: invitation.email });
    return { orgSlug: org!.slug, role: invitation.role };
  });
}
