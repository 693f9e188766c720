import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, ladderLevels, ladderVersions } from "@/db/schema";
import { latestPublishedVersions } from "@/lib/ladders/list-ladders";
import { isOpen } from "./status-rules";

/**
 * A client's assignments, newest first, with their ladder version and current level, and
 * the newer published version each could move to (two queries, whatever their number).
 */
export async function listClientAssignments(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }) {
  const rows = await tx
    .select({
      id: assignments.id,
      ladderId: assignments.ladderId,
      status: assignments.status,
      cadencePerWeek: assignments.cadencePerWeek,
      dueOn: assignments.dueOn,
      createdAt: assignments.createdAt,
      versionId: ladderVersions.id,
      version: ladderVersions.version,
      title: ladderVersions.title,
      currentLevelTitle: ladderLevels.title,
      currentLevelPosition: ladderLevels.position,
    })
    .from(assignments)
    .innerJoin(ladderVersions, eq(ladderVersions.id, assignments.ladderVersionId))
    .leftJoin(ladderLevels, eq(ladderLevels.id, assignments.currentLevelId))
    .where(and(eq(assignments.orgId, orgId), eq(assignments.clientMembershipId, clientMembershipId)))
    .orderBy(desc(assignments.createdAt));
  const newest = await latestPublishedVersions(tx, { orgId, ladderIds: [...new Set(rows.map((row) => row.ladderId))] });
  return rows.map((row) => {
    const latest = newest.get(row.ladderId);
    const canMove = latest && latest.version > row.version && isOpen(row.status) && row.currentLevelPosition !== null;
    return { ...row, newerVersion: canMove ? latest : null };
  });
}
export type ClientAssignment = Awaited<ReturnType<typeof listClientAssignments>>[number];
