import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { attemptComments } from "@/db/schema";

/** The newest comment on each of these attempts, in one query (DISTINCT ON). */
export async function latestCommentAuthors(tx: Queryable, { orgId, attemptIds }: { orgId: string; attemptIds: readonly string[] }) {
  if (attemptIds.length === 0) return new Map<string, { authorMembershipId: string; createdAt: Date }>();
  const rows = await tx
    .selectDistinctOn([attemptComments.attemptId], {
      attemptId: attemptComments.attemptId,
      authorMembershipId: attemptComments.authorMembershipId,
      createdAt: attemptComments.createdAt,
    })
    .from(attemptComments)
    .where(and(eq(attemptComments.orgId, orgId), inArray(attemptComments.attemptId, [...attemptIds])))
    .orderBy(asc(attemptComments.attemptId), desc(attemptComments.createdAt), desc(attemptComments.id));
  return new Map(rows.map((row) => [row.attemptId, { authorMembershipId: row.authorMembershipId, createdAt: row.createdAt }]));
}
