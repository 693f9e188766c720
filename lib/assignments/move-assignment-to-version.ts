import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { assignments, ladderLevels, ladderVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUuid } from "@/lib/ladders/ids";
import { OPEN_STATUSES, mapPosition } from "./status-rules";

/**
 * Moves a client's open assignment onto a newer published version of its ladder. The
 * current level maps by position (clamped to the new version's length) and becomes
 * current now, so attempts made on the old version count only towards the old level.
 * Attempts and masteries keep pointing at the old version's level rows, which are never
 * changed. Returns the new version number, or null when nothing was moved.
 */
export async function moveAssignmentToVersion(
  tx: Transaction,
  {
    orgId,
    userId,
    assignmentId,
    versionId,
    clientMembershipId,
  }: { orgId: string; userId: string | null; assignmentId: string; versionId: string; clientMembershipId?: string },
): Promise<number | null> {
  if (!isUuid(assignmentId) || !isUuid(versionId) || (clientMembershipId !== undefined && !isUuid(clientMembershipId))) return null;
  const [assignment] = await tx
    .select({
      id: assignments.id,
      ladderId: assignments.ladderId,
      ladderVersionId: assignments.ladderVersionId,
      clientMembershipId: assignments.clientMembershipId,
      currentVersion: ladderVersions.version,
      currentPosition: ladderLevels.position,
    })
    .from(assignments)
    .innerJoin(ladderVersions, eq(ladderVersions.id, assignments.ladderVersionId))
    .innerJoin(ladderLevels, eq(ladderLevels.id, assignments.currentLevelId))
    .where(
      and(
        eq(assignments.id, assignmentId),
        eq(assignments.orgId, orgId),
        inArray(assignments.status, [...OPEN_STATUSES]),
        clientMembershipId ? eq(assignments.clientMembershipId, clientMembershipId) : undefined,
      ),
    );
  if (!assignment) return null;

  const [target] = await tx
    .select({ id: ladderVersions.id, version: ladderVersions.version })
    .from(ladderVersions)
    .where(
      and(
        eq(ladderVersions.id, versionId),
        eq(ladderVersions.orgId, orgId),
        eq(ladderVersions.ladderId, assignment.ladderId),
        eq(ladderVersions.status, "published"),
        gt(ladderVersions.version, assignment.currentVersion),
      ),
    );
  if (!target) return null;
  const levels = await tx
    .select({ id: ladderLevels.id })
    .from(ladderLevels)
    .where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, target.id)))
    .orderBy(asc(ladderLevels.position));
  if (levels.length === 0) return null;
  const level = levels[mapPosition(assignment.currentPosition, levels.length)]!;

  const moved = await tx
    .update(assignments)
    .set({ ladderVersionId: target.id, currentLevelId: level.id, currentSince: new Date(), updatedAt: new Date() })
    // Only from the version we read: a concurrent move of the same assignment happens once.
    .where(and(eq(assignments.id, assignment.id), eq(assignments.orgId, orgId), eq(assignments.ladderVersionId, assignment.ladderVersionId)))
    .returning({ id: assignments.id });
  if (moved.length === 0) return null;
  await recordAudit(tx, { orgId, actorUserId: userId, action: "assignment.moved", subject: `${assignment.id} v${assignment.currentVersion} → v${target.version}` });
  return target.version;
}
