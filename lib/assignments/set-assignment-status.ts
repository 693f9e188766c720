import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { assignments } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUuid } from "@/lib/ladders/ids";
import { type AssignmentAction, transitionFor } from "./status-rules";

/**
 * Pauses, resumes or ends one of a client's assignments. An assignment of another client
 * or organization, or one already past that state, is left alone (returns false).
 */
export async function setAssignmentStatus(
  tx: Transaction,
  { orgId, userId, clientMembershipId, assignmentId, action }: { orgId: string; userId: string | null; clientMembershipId: string; assignmentId: string; action: AssignmentAction },
): Promise<boolean> {
  if (!isUuid(assignmentId) || !isUuid(clientMembershipId)) return false;
  const { from, to } = transitionFor(action);
  const updated = await tx
    .update(assignments)
    .set({ status: to, updatedAt: new Date() })
    .where(
      and(
        eq(assignments.id, assignmentId),
        eq(assignments.orgId, orgId),
        eq(assignments.clientMembershipId, clientMembershipId),
        inArray(assignments.status, [...from]),
      ),
    )
    .returning({ id: assignments.id });
  if (updated.length > 0) await recordAudit(tx, { orgId, actorUserId: userId, action: `assignment.${to}`, subject: assignmentId });
  return updated.length > 0;
}
