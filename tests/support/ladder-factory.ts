import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { assignments, ladderLevels, ladderVersions, ladders } from "@/db/schema";
import { findTemplate } from "@/lib/ladders/templates";
import { enterTenant } from "@/lib/tenancy/scope";

/**
 * Arranges a published ladder (from a template) and, optionally, its assignment to a
 * client, by direct inserts through an owner connection. For tests of features that
 * start once a client has a ladder; the ladder editor has its own tests.
 */
export async function arrangePublishedLadder(owner: Database, { orgId, templateKey = "public-speaking" }: { orgId: string; templateKey?: string }) {
  const template = findTemplate(templateKey);
  if (!template) throw new Error(`No template ${templateKey}`);
  return owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId, userId: null });
    const [ladder] = await tx.insert(ladders).values({ orgId, templateKey }).returning();
    const [version] = await tx
      .insert(ladderVersions)
      .values({ orgId, ladderId: ladder!.id, version: 1, status: "published", title: template.title, skill: template.skill, description: template.description, publishedAt: new Date() })
      .returning();
    const levels = await tx
      .insert(ladderLevels)
      .values(template.levels.map((level, position) => ({ orgId, ladderVersionId: version!.id, position, ...level })))
      .returning();
    return { ladder: ladder!, version: version!, levels: levels.sort((a, b) => a.position - b.position) };
  });
}

export async function arrangeAssignment(
  owner: Database,
  { orgId, clientMembershipId, templateKey }: { orgId: string; clientMembershipId: string; templateKey?: string },
) {
  const published = await arrangePublishedLadder(owner, { orgId, templateKey });
  const assignment = await owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId, userId: null });
    const [row] = await tx
      .insert(assignments)
      .values({ orgId, clientMembershipId, ladderId: published.ladder.id, ladderVersionId: published.version.id, currentLevelId: published.levels[0]!.id })
      .returning();
    return row!;
  });
  return { ...published, assignment };
}

export async function findAssignment(owner: Database, id: string) {
  const [row] = await owner.select().from(assignments).where(eq(assignments.id, id));
  return row ?? null;
}
