import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { reflections } from "@/db/schema";
import { isUuid } from "./ids";

/** Removes a coach's correction, so the tagger's label (never overwritten) shows again. Null when not in this organization. */
export async function clearCorrection(tx: Queryable, { orgId, reflectionId }: { orgId: string; reflectionId: string }) {
  if (!isUuid(reflectionId)) return null;
  const [row] = await tx
    .update(reflections)
    .set({ coachCauses: null, coachFlags: null, coachNote: null, correctedByUserId: null, correctedAt: null })
    .where(and(eq(reflections.orgId, orgId), eq(reflections.id, reflectionId)))
    .returning({ id: reflections.id, clientMembershipId: reflections.clientMembershipId });
  return row ?? null;
}
