import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { clientProfiles, reflections } from "@/db/schema";
import { knownFlags } from "./labels";
import { isUuid } from "./ids";

/**
 * A client's own reflection, for their follow-up page, with whether the coach left the
 * attribution question on. Null for anyone else's reflection (or a malformed id).
 */
export async function findClientReflection(
  tx: Queryable,
  { orgId, clientMembershipId, reflectionId }: { orgId: string; clientMembershipId: string; reflectionId: string },
) {
  if (!isUuid(reflectionId)) return null;
  const [row] = await tx
    .select({
      id: reflections.id,
      outcome: reflections.outcome,
      text: reflections.text,
      source: reflections.source,
      attemptId: reflections.attemptId,
      successEntryId: reflections.successEntryId,
      tag: reflections.tag,
      attributionPromptedAt: reflections.attributionPromptedAt,
      nudgeEnabled: clientProfiles.attributionNudgeEnabled,
    })
    .from(reflections)
    .leftJoin(clientProfiles, and(eq(clientProfiles.membershipId, reflections.clientMembershipId), eq(clientProfiles.orgId, orgId)))
    .where(and(eq(reflections.orgId, orgId), eq(reflections.id, reflectionId), eq(reflections.clientMembershipId, clientMembershipId)));
  if (!row) return null;
  // The question reacts to what the tagger read when the client saved: the moment it is about.
  return { ...row, machineFlags: knownFlags(row.tag?.flags), nudgeEnabled: row.nudgeEnabled ?? true };
}
