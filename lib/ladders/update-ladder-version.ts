import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { ladderLevels, ladderVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUuid } from "./ids";
import { insertLevels } from "./insert-ladder";
import { LadderError } from "./ladder-error";
import { editCreatesNewVersion } from "./lifecycle";
import type { LadderStatus } from "./types";
import type { LadderInput } from "./validation";

export interface VersionRef {
  versionId: string;
  version: number;
  revision: number;
  status: LadderStatus;
}

export type SaveLadderResult =
  | ({ kind: "saved"; createdVersion: boolean } & VersionRef)
  /** The coach's form was based on an older revision; `current` is what is stored now. */
  | { kind: "conflict"; current: VersionRef };

/** The newest version of a ladder: the one every edit must start from. */
export async function findNewestVersion(tx: Transaction, { orgId, ladderId }: { orgId: string; ladderId: string }): Promise<VersionRef | null> {
  const [row] = await tx
    .select({ versionId: ladderVersions.id, version: ladderVersions.version, revision: ladderVersions.revision, status: ladderVersions.status })
    .from(ladderVersions)
    .where(and(eq(ladderVersions.orgId, orgId), eq(ladderVersions.ladderId, ladderId)))
    .orderBy(desc(ladderVersions.version))
    .limit(1);
  return row ?? null;
}

async function conflict(tx: Transaction, scope: { orgId: string; ladderId: string }): Promise<SaveLadderResult> {
  const current = await findNewestVersion(tx, scope);
  if (!current) throw new LadderError("not-found", "This ladder no longer exists.");
  return { kind: "conflict", current };
}

/**
 * Saves the coach's edits to the version their form was loaded from, at `revision`.
 *
 * A draft is updated in place with `where revision = ?` and its revision incremented, so
 * of two coaches saving the same revision the second updates nothing and gets a conflict
 * (never last-write-wins). A published or archived version is never rewritten: the edit
 * becomes version+1 as a draft; the unique (ladder, version) index makes a second coach's
 * concurrent attempt a conflict too. Draft levels are replaced (no attempt can point at a
 * draft level: only published versions are assigned).
 */
export async function updateLadderVersion(
  tx: Transaction,
  { orgId, userId, ladderId, versionId, revision, input }: { orgId: string; userId: string | null; ladderId: string; versionId: string; revision: number; input: LadderInput },
): Promise<SaveLadderResult> {
  if (!isUuid(ladderId) || !isUuid(versionId)) throw new LadderError("not-found", "This ladder no longer exists.");
  const scope = { orgId, ladderId };
  const [base] = await tx
    .select({ id: ladderVersions.id, version: ladderVersions.version, status: ladderVersions.status, revision: ladderVersions.revision })
    .from(ladderVersions)
    .where(and(eq(ladderVersions.id, versionId), eq(ladderVersions.ladderId, ladderId), eq(ladderVersions.orgId, orgId)));
  if (!base) throw new LadderError("not-found", "This ladder no longer exists.");

  if (!editCreatesNewVersion(base.status)) {
    const [updated] = await tx
      .update(ladderVersions)
      .set({
        title: input.title,
        skill: input.skill,
        description: input.description,
        revision: sql`${ladderVersions.revision} + 1`,
        updatedByUserId: userId,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(ladderVersions.id, base.id),
          eq(ladderVersions.orgId, orgId),
          eq(ladderVersions.revision, revision),
          eq(ladderVersions.status, "draft"),
        ),
      )
      .returning({ versionId: ladderVersions.id, version: ladderVersions.version, revision: ladderVersions.revision, status: ladderVersions.status });
    if (!updated) return conflict(tx, scope);
    await tx.delete(ladderLevels).where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, base.id)));
    await insertLevels(tx, { orgId, ladderVersionId: base.id, levels: input.levels });
    return { kind: "saved", createdVersion: false, ...updated };
  }

  // Published (or archived): only the newest version, unchanged since the form loaded, may be built on.
  const newest = await findNewestVersion(tx, scope);
  if (!newest || newest.versionId !== base.id || base.revision !== revision) return conflict(tx, scope);
  // Saving a published version without changing anything is not a new version.
  if (await sameContent(tx, { orgId, versionId: base.id, input })) {
    return { kind: "saved", createdVersion: false, versionId: base.id, version: base.version, revision: base.revision, status: base.status };
  }
  const [created] = await tx
    .insert(ladderVersions)
    .values({
      orgId,
      ladderId,
      version: base.version + 1,
      status: "draft",
      title: input.title,
      skill: input.skill,
      description: input.description,
      updatedByUserId: userId,
    })
    .onConflictDoNothing({ target: [ladderVersions.ladderId, ladderVersions.version] })
    .returning({ versionId: ladderVersions.id, version: ladderVersions.version, revision: ladderVersions.revision, status: ladderVersions.status });
  if (!created) return conflict(tx, scope);
  await insertLevels(tx, { orgId, ladderVersionId: created.versionId, levels: input.levels });
  await recordAudit(tx, { orgId, actorUserId: userId, action: "ladder.version_created", subject: `${ladderId} v${created.version}` });
  return { kind: "saved", createdVersion: true, ...created };
}

async function sameContent(tx: Transaction, { orgId, versionId, input }: { orgId: string; versionId: string; input: LadderInput }): Promise<boolean> {
  const [version] = await tx
    .select({ title: ladderVersions.title, skill: ladderVersions.skill, description: ladderVersions.description })
    .from(ladderVersions)
    .where(and(eq(ladderVersions.orgId, orgId), eq(ladderVersions.id, versionId)));
  const levels = await tx
    .select({
      title: ladderLevels.title,
      instructions: ladderLevels.instructions,
      successCriteria: ladderLevels.successCriteria,
      difficulty: ladderLevels.difficulty,
      masteryCount: ladderLevels.masteryCount,
      coachConfirms: ladderLevels.coachConfirms,
    })
    .from(ladderLevels)
    .where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, versionId)))
    .orderBy(asc(ladderLevels.position));
  if (!version || version.title !== input.title || version.skill !== input.skill || version.description !== input.description) return false;
  return (
    levels.length === input.levels.length &&
    levels.every((level, index) => {
      const submitted = input.levels[index]!;
      return (
        level.title === submitted.title &&
        level.instructions === submitted.instructions &&
        level.successCriteria === submitted.successCriteria &&
        level.difficulty === submitted.difficulty &&
        level.masteryCount === submitted.masteryCount &&
        level.coachConfirms === submitted.coachConfirms
      );
    })
  );
}
