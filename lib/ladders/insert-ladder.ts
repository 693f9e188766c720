import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { ladderLevels, ladderVersions, ladders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUuid } from "./ids";
import { LadderError } from "./ladder-error";
import type { LadderDefinition, LevelDefinition } from "./types";

export async function insertLevels(tx: Transaction, { orgId, ladderVersionId, levels }: { orgId: string; ladderVersionId: string; levels: readonly LevelDefinition[] }) {
  if (levels.length === 0) return [];
  return tx
    .insert(ladderLevels)
    .values(levels.map((level, position) => ({ orgId, ladderVersionId, position, ...level })))
    .returning();
}

/**
 * Creates a ladder with version 1 as a draft. The form's clientKey (a UUID made when the
 * form rendered) becomes the ladder's id, so a double-clicked "Copy" or "New ladder" finds
 * the ladder the first click made instead of making a second one.
 */
export async function insertLadder(
  tx: Transaction,
  {
    orgId,
    userId,
    clientKey,
    templateKey,
    definition,
  }: { orgId: string; userId: string | null; clientKey: string; templateKey: string | null; definition: LadderDefinition },
): Promise<{ ladderId: string; created: boolean }> {
  if (!isUuid(clientKey)) throw new LadderError("invalid", "This form has expired. Reload the page and try again.");
  const [inserted] = await tx
    .insert(ladders)
    .values({ id: clientKey, orgId, templateKey, createdByUserId: userId })
    .onConflictDoNothing({ target: ladders.id })
    .returning({ id: ladders.id });
  if (!inserted) {
    const [existing] = await tx.select({ id: ladders.id }).from(ladders).where(and(eq(ladders.id, clientKey), eq(ladders.orgId, orgId)));
    if (!existing) throw new LadderError("invalid", "This form has expired. Reload the page and try again.");
    return { ladderId: existing.id, created: false };
  }
  const [version] = await tx
    .insert(ladderVersions)
    .values({
      orgId,
      ladderId: inserted.id,
      version: 1,
      status: "draft",
      title: definition.title,
      skill: definition.skill,
      description: definition.description,
      updatedByUserId: userId,
    })
    .returning({ id: ladderVersions.id });
  await insertLevels(tx, { orgId, ladderVersionId: version!.id, levels: definition.levels });
  await recordAudit(tx, { orgId, actorUserId: userId, action: "ladder.created", subject: templateKey ? `${inserted.id} from ${templateKey}` : inserted.id });
  return { ladderId: inserted.id, created: true };
}
