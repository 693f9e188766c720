import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { ladderLevels, ladderVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { fieldErrors } from "./form-errors";
import { isUuid } from "./ids";
import { LadderError } from "./ladder-error";
import { canTransition } from "./lifecycle";
import { type SaveLadderResult, findNewestVersion } from "./update-ladder-version";
import { ladderInputSchema } from "./validation";

export type PublishLadderResult = SaveLadderResult | { kind: "invalid"; errors: Record<string, string> };

/**
 * Publishes a draft version at `revision`. The stored ladder must pass the same validation
 * as the form (a blank ladder cannot be published half-filled). The revision check makes a
 * publish racing another coach's save a conflict rather than publishing unseen content.
 */
export async function publishLadderVersion(
  tx: Transaction,
  { orgId, userId, ladderId, versionId, revision }: { orgId: string; userId: string | null; ladderId: string; versionId: string; revision: number },
): Promise<PublishLadderResult> {
  if (!isUuid(ladderId) || !isUuid(versionId)) throw new LadderError("not-found", "This ladder no longer exists.");
  const [version] = await tx
    .select()
    .from(ladderVersions)
    .where(and(eq(ladderVersions.id, versionId), eq(ladderVersions.ladderId, ladderId), eq(ladderVersions.orgId, orgId)));
  if (!version) throw new LadderError("not-found", "This ladder no longer exists.");
  const conflict = async (): Promise<PublishLadderResult> => {
    const current = await findNewestVersion(tx, { orgId, ladderId });
    if (!current) throw new LadderError("not-found", "This ladder no longer exists.");
    return { kind: "conflict", current };
  };
  if (version.revision !== revision || !canTransition(version.status, "published")) return conflict();

  const levels = await tx
    .select()
    .from(ladderLevels)
    .where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, version.id)))
    .orderBy(asc(ladderLevels.position));
  const parsed = ladderInputSchema.safeParse({ ...version, levels });
  if (!parsed.success) return { kind: "invalid", errors: fieldErrors(parsed.error) };

  const [published] = await tx
    .update(ladderVersions)
    .set({ status: "published", publishedAt: new Date(), revision: sql`${ladderVersions.revision} + 1`, updatedByUserId: userId, updatedAt: new Date() })
    .where(and(eq(ladderVersions.id, version.id), eq(ladderVersions.orgId, orgId), eq(ladderVersions.revision, revision), eq(ladderVersions.status, "draft")))
    .returning({ versionId: ladderVersions.id, version: ladderVersions.version, revision: ladderVersions.revision, status: ladderVersions.status });
  if (!published) return conflict();
  await recordAudit(tx, { orgId, actorUserId: userId, action: "ladder.published", subject: `${ladderId} v${published.version}` });
  return { kind: "saved", createdVersion: false, ...published };
}
