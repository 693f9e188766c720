import type { Transaction } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { openScreening } from "./open-screening";

/**
 * A coach asks the client to answer the screening again. The new run waits in progress;
 * the client portal sends the client to it the next time they open it. Asking while one
 * is already waiting finds that one.
 */
export async function requestScreening(
  tx: Transaction,
  { orgId, clientMembershipId, userId }: { orgId: string; clientMembershipId: string; userId: string },
) {
  const row = await openScreening(tx, { orgId, clientMembershipId, requestedByUserId: userId });
  if (row.requestedByUserId === userId) {
    await recordAudit(tx, { orgId, actorUserId: userId, action: "screening.requested", subject: clientMembershipId });
  }
  return row;
}
