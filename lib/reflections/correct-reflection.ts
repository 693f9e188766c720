import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { reflections } from "@/db/schema";
import { CAUSES, FLAGS } from "@/lib/attribution";
import { isUuid } from "./ids";

export const COACH_NOTE_MAX = 1000;

export const correctionSchema = z.object({
  causes: z.array(z.enum(CAUSES, { message: "Choose causes from the list." })).max(CAUSES.length),
  flags: z.array(z.enum(FLAGS, { message: "Choose flags from the list." })).max(FLAGS.length),
  note: z
    .string()
    .trim()
    .max(COACH_NOTE_MAX, `Keep the note under ${COACH_NOTE_MAX} characters.`)
    .transform((note) => (note === "" ? null : note)),
});

export type CorrectionInput = z.infer<typeof correctionSchema>;

/**
 * Stores a coach's causes and flags beside the tagger's label (which stays as it is) and
 * records who corrected it and when. Returns null when the reflection is not in this
 * organization, so the caller answers 404 and nothing changes.
 */
export async function correctReflection(
  tx: Queryable,
  { orgId, userId, reflectionId, correction }: { orgId: string; userId: string; reflectionId: string; correction: CorrectionInput },
) {
  if (!isUuid(reflectionId)) return null;
  const [row] = await tx
    .update(reflections)
    .set({
      coachCauses: [...new Set(correction.causes)].sort(),
      coachFlags: [...new Set(correction.flags)].sort(),
      coachNote: correction.note,
      correctedByUserId: userId,
      correctedAt: sql`now()`,
    })
    .where(and(eq(reflections.orgId, orgId), eq(reflections.id, reflectionId)))
    .returning({ id: reflections.id, clientMembershipId: reflections.clientMembershipId });
  return row ?? null;
}
