import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { invitations, memberships, organizations, users } from "@/db/schema";
import { InvitationEmail, invitationSubject, invitationText } from "@/emails/invitation";
import { recordAudit } from "@/lib/audit/record-audit";
import { sendEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { env } from "@/lib/env";
import { type MembershipRole, isStaff } from "@/lib/tenancy/roles";
import { type TenantScope, withTenant } from "@/lib/tenancy/scope";
import { emailAddressSchema } from "@/lib/validation/email";
import { newInvitationToken } from "./token";

export const inviteMemberSchema = z.object({
  email: emailAddressSchema,
  role: z.enum(["client", "coach", "admin"], { message: "Choose a role." }),
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export class InvitationError extends Error {}

// A second submit this soon after the first is the same request (a double click):
// it must not mail a fresh link that silently invalidates the first one.
const RESEND_GRACE_MS = 60_000;

/** Which roles an inviter may hand out: coaches bring in clients; owners and admins anyone. */
export function canInvite(inviterRole: MembershipRole, role: MembershipRole): boolean {
  if (role === "owner") return false;
  if (role === "client") return isStaff(inviterRole);
  return inviterRole === "owner" || inviterRole === "admin";
}

export function invitableRoles(inviterRole: MembershipRole): MembershipRole[] {
  return (["client", "coach", "admin"] as const).filter((role) => canInvite(inviterRole, role));
}

/**
 * Invites an address to the organization and emails the link. Inviting an address that
 * already has an open invitation refreshes it (new link, new expiry) rather than adding
 * a second one. A client invited by a coach gets that coach. Returns a null id when the
 * same invitation was just sent (nothing new was mailed).
 */
export async function inviteMember(
  db: Database,
  scope: TenantScope & { membershipId: string; role: MembershipRole },
  input: InviteMemberInput,
): Promise<{ invitationId: string | null }> {
  if (!canInvite(scope.role, input.role)) throw new InvitationError("You can't invite people with that role.");
  const config = env();
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + config.INVITATION_DAYS * 24 * 60 * 60 * 1000);

  const result = await withTenant(db, scope, async (tx) => {
    // Serialize invitations of one address to one organization (two clicks, two coaches).
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`invite:${scope.orgId}:${input.email}`}, 0))`);
    const [existingMember] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, scope.orgId), eq(users.email, input.email)))
      .limit(1);
    if (existingMember) throw new InvitationError(`${input.email} is already a member of this practice.`);

    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, scope.orgId));
    const [inviter] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, scope.userId));
    const values = {
      lastSentAt: new Date(),
      role: input.role,
      coachMembershipId: input.role === "client" ? scope.membershipId : null,
      tokenHash,
      invitedByUserId: scope.userId,
      expiresAt,
    };
    const [open] = await tx
      .select({ id: invitations.id, lastSentAt: invitations.lastSentAt, role: invitations.role })
      .from(invitations)
      .where(
        and(
          eq(invitations.orgId, scope.orgId),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .for("update");
    // Refreshing replaces the open link: only someone who could have sent it may.
    if (open && !canInvite(scope.role, open.role)) throw new InvitationError(`${input.email} already has an invitation you can't change. Ask an owner or admin.`);
    if (open && Date.now() - open.lastSentAt.getTime() < RESEND_GRACE_MS) return null;
    let id: string;
    if (open) {
      await tx.update(invitations).set(values).where(and(eq(invitations.id, open.id), eq(invitations.orgId, scope.orgId)));
      id = open.id;
    } else {
      const [created] = await tx
        .insert(invitations)
        .values({ orgId: scope.orgId, email: input.email, ...values })
        .returning({ id: invitations.id });
      id = created!.id;
    }
    await recordAudit(tx, { orgId: scope.orgId, actorUserId: scope.userId, action: "invitation.sent", subject: input.email });
    return { invitationId: id, orgName: org?.name ?? "a practice", inviterName: inviter?.name || inviter?.email || "Your coach" };
  });
  if (!result) return { invitationId: null };
  const { invitationId, orgName, inviterName } = result;

  const props = {
    url: `${config.APP_URL}/invitations/${token}`,
    organizationName: orgName,
    inviterName,
    role: input.role,
    days: config.INVITATION_DAYS,
  } as const;
  await sendEmail(db, {
    idempotencyKey: `invitation:${invitationId}:${tokenHash}`,
    to: input.email,
    kind: "invitation",
    orgId: scope.orgId,
    message: await renderEmail(invitationSubject(props), InvitationEmail(props), invitationText(props)),
  });
  return { invitationId };
}
