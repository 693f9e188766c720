import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { invitations } from "@/db/schema";

export async function listOpenInvitations(tx: Queryable, { orgId }: { orgId: string }) {
  return tx
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, lastSentAt: invitations.lastSentAt })
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(desc(invitations.lastSentAt));
}
