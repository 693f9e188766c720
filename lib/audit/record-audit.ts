import type { Transaction } from "@/db/client";
import { auditLog } from "@/db/schema";

/** Appends to the organization's audit log inside the caller's tenant transaction. */
export async function recordAudit(
  tx: Transaction,
  entry: { orgId: string; actorUserId: string | null; action: string; subject?: string },
): Promise<void> {
  await tx.insert(auditLog).values({
    orgId: entry.orgId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    subject: entry.subject ?? null,
  });
}
