import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { invitations, organizations } from "@/db/schema";
import { enterTenant, withInvitationToken } from "@/lib/tenancy/scope";
import { hashInvitationToken, isWellFormedInvitationToken } from "./token";

export type InvitationStatus = "open" | "expired" | "accepted" | "revoked";

export interface InvitationView {
  email: string;
  role: string;
  orgName: string;
  orgSlug: string;
  status: InvitationStatus;
}

export function invitationStatus(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

/** What the holder of an invitation link may see about it; null for an unknown token. */
export async function findInvitationByToken(db: Database, { token }: { token: string }): Promise<InvitationView | null> {
  if (!isWellFormedInvitationToken(token)) return null;
  const tokenHash = hashInvitationToken(token);
  return withInvitationToken(db, { tokenHash, userId: null }, async (tx) => {
    const [row] = await tx
      .select({
        email: invitations.email,
        role: invitations.role,
        acceptedAt: invitations.acceptedAt,
        revokedAt: invitations.revokedAt,
        expiresAt: invitations.expiresAt,
        orgId: invitations.orgId,
      })
      .from(invitations)
      .where(eq(invitations.tokenHash, tokenHash))
      .limit(1);
    if (!row) return null;
    // The organization is not visible to a non-member through RLS; the token proved the
    // right to see its name, so read it inside the invitation's tenant.
    await enterTenant(tx, { orgId: row.orgId, userId: null });
    const [org] = await tx.select({ name: organizations.name, slug: organizations.slug }).from(organizations).where(eq(organizations.id, row.orgId));
    return { email: row.email, role: row.role, orgName: org?.name ?? "", orgSlug: org?.slug ?? "", status: invitationStatus(row) };
  });
}
