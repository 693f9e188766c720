import { and, asc, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ladderLevels, ladderVersions, ladders } from "@/db/schema";
import { isUuid } from "./ids";
import type { LadderStatus, LevelDefinition } from "./types";

export interface LadderVersionSummary {
  id: string;
  version: number;
  status: LadderStatus;
  revision: number;
  title: string;
  publishedAt: Date | null;
}

export interface LadderForEditing {
  ladderId: string;
  templateKey: string | null;
  /** Newest first. */
  versions: LadderVersionSummary[];
  /** The newest version: what the editor shows and saves against. */
  latest: LadderVersionSummary & { skill: string; description: string; levels: (LevelDefinition & { id: string; position: number })[] };
  /** The newest published version, the one new assignments get. */
  latestPublished: LadderVersionSummary | null;
}

/** A ladder of the organization with its versions and its newest version's levels (three queries); null if not this org's. */
export async function findLadderForEditing(tx: Queryable, { orgId, ladderId }: { orgId: string; ladderId: string }): Promise<LadderForEditing | null> {
  if (!isUuid(ladderId)) return null;
  const [ladder] = await tx
    .select({ id: ladders.id, templateKey: ladders.templateKey })
    .from(ladders)
    .where(and(eq(ladders.id, ladderId), eq(ladders.orgId, orgId)));
  if (!ladder) return null;
  const versions = await tx
    .select({
      id: ladderVersions.id,
      version: ladderVersions.version,
      status: ladderVersions.status,
      revision: ladderVersions.revision,
      title: ladderVersions.title,
      skill: ladderVersions.skill,
      description: ladderVersions.description,
      publishedAt: ladderVersions.publishedAt,
    })
    .from(ladderVersions)
    .where(and(eq(ladderVersions.orgId, orgId), eq(ladderVersions.ladderId, ladder.id)))
    .orderBy(desc(ladderVersions.version));
  const newest = versions[0];
  if (!newest) return null;
  const levels = await tx
    .select({
      id: ladderLevels.id,
      position: ladderLevels.position,
      title: ladderLevels.title,
      instructions: ladderLevels.instructions,
      successCriteria: ladderLevels.successCriteria,
      difficulty: ladderLevels.difficulty,
      masteryCount: ladderLevels.masteryCount,
      coachConfirms: ladderLevels.coachConfirms,
    })
    .from(ladderLevels)
    .where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, newest.id)))
    .orderBy(asc(ladderLevels.position));
  const summaries = versions.map(({ skill: _skill, description: _description, ...summary }) => summary);
  return {
    ladderId: ladder.id,
    templateKey: ladder.templateKey,
    versions: summaries,
    latest: { ...newest, levels },
    latestPublished: summaries.find((version) => version.status === "published") ?? null,
  };
}
