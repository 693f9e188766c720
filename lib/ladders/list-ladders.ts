import { and, countDistinct, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { assignments, ladderVersions } from "@/db/schema";
import { OPEN_STATUSES } from "@/lib/assignments/status-rules";

/** The practice's ladders as the library lists them: newest version of each, and how many clients are on it (two queries). */
export async function listLadders(tx: Queryable, { orgId }: { orgId: string }) {
  const latest = await tx
    .selectDistinctOn([ladderVersions.ladderId], {
      ladderId: ladderVersions.ladderId,
      versionId: ladderVersions.id,
      version: ladderVersions.version,
      status: ladderVersions.status,
      title: ladderVersions.title,
      skill: ladderVersions.skill,
      updatedAt: ladderVersions.updatedAt,
    })
    .from(ladderVersions)
    .where(eq(ladderVersions.orgId, orgId))
    .orderBy(ladderVersions.ladderId, desc(ladderVersions.version));
  const counts = await tx
    .select({ ladderId: assignments.ladderId, clients: countDistinct(assignments.clientMembershipId) })
    .from(assignments)
    .where(and(eq(assignments.orgId, orgId), inArray(assignments.status, [...OPEN_STATUSES])))
    .groupBy(assignments.ladderId);
  const clientsByLadder = new Map(counts.map((row) => [row.ladderId, Number(row.clients)]));
  return latest
    .map((row) => ({ ...row, clients: clientsByLadder.get(row.ladderId) ?? 0 }))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

/** Published ladders a coach can assign: the newest published version of each, by title (one query). */
export async function listAssignableLadders(tx: Queryable, { orgId }: { orgId: string }) {
  const rows = await tx
    .selectDistinctOn([ladderVersions.ladderId], {
      ladderId: ladderVersions.ladderId,
      versionId: ladderVersions.id,
      version: ladderVersions.version,
      title: ladderVersions.title,
    })
    .from(ladderVersions)
    .where(and(eq(ladderVersions.orgId, orgId), eq(ladderVersions.status, "published")))
    .orderBy(ladderVersions.ladderId, desc(ladderVersions.version));
  return rows.sort((a, b) => a.title.localeCompare(b.title));
}

/** The newest published version of each of `ladderIds` (one query). */
export async function latestPublishedVersions(tx: Queryable, { orgId, ladderIds }: { orgId: string; ladderIds: string[] }) {
  if (ladderIds.length === 0) return new Map<string, { id: string; version: number }>();
  const rows = await tx
    .selectDistinctOn([ladderVersions.ladderId], { ladderId: ladderVersions.ladderId, id: ladderVersions.id, version: ladderVersions.version })
    .from(ladderVersions)
    .where(and(eq(ladderVersions.orgId, orgId), eq(ladderVersions.status, "published"), inArray(ladderVersions.ladderId, ladderIds)))
    .orderBy(ladderVersions.ladderId, desc(ladderVersions.version));
  return new Map(rows.map((row) => [row.ladderId, { id: row.id, version: row.version }]));
}
