import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { screenings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Records that a coach (or an admin) has seen the client's screening flag. Every finished
 * flagged screening not yet acknowledged is covered, so the ladder gate opens with one
 * click; acknowledging twice changes nothing. Returns how many were acknowledged.
 */
export async function acknowledgeScreening(
  tx: Transaction,
  { orgId, clientMembershipId, userId }: { orgId: string; clientMembershipId: string; userId: string },
): Promise<number> {
  const rows = await tx
    .update(screenings)
    .set({ acknowledgedAt: new Date(), acknowledgedByUserId: userId })
    .where(
      and(
        eq(screenings.orgId, orgId),
        eq(screenings.clientMembershipId, clientMembershipId),
        eq(screenings.status, "complete"),
        eq(screenings.referralSuggested, true),
        isNull(screenings.acknowledgedAt),
      ),
    )
    .returning({ id: screenings.id });
  for (const row of rows) {
    await recordAudit(tx, { orgId, actorUserId: userId, action: "screening.acknowledged", subject: row.id });
  }
  return rows.length;
}
