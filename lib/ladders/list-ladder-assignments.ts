import { and, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, ladderVersions, memberships, users } from "@/db/schema";
import { OPEN_STATUSES } from "@/lib/assignments/status-rules";

/** Clients on a ladder (open assignments) with the version each is on, in one query. */
export async function listLadderAssignments(tx: Queryable, { orgId, ladderId }: { orgId: string; ladderId: string }) {
  return tx
    .select({
      id: assignments.id,
      status: assignments.status,
      clientMembershipId: assignments.clientMembershipId,
      clientName: users.name,
      clientEmail: users.email,
      version: ladderVersions.version,
    })
    .from(assignments)
    .innerJoin(ladderVersions, eq(ladderVersions.id, assignments.ladderVersionId))
    .innerJoin(memberships, eq(memberships.id, assignments.clientMembershipId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(assignments.orgId, orgId), eq(assignments.ladderId, ladderId), inArray(assignments.status, [...OPEN_STATUSES])))
    .orderBy(desc(assignments.createdAt));
}
