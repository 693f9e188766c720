import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Transaction } from "@/db/client";
import { reflections } from "@/db/schema";
import { isUuid } from "./ids";
import { saveReflection } from "./save-reflection";

export const ADDITION_MAX = 2000;

export const additionSchema = z
  .string()
  .max(ADDITION_MAX, `Keep it under ${ADDITION_MAX.toLocaleString("en")} characters.`)
  .transform((text) => text.trim());

export type AddToReflectionResult =
  | { status: "not_found" }
  | { status: "already_asked"; reflection: { attemptId: string | null; successEntryId: string | null } }
  | { status: "added" | "skipped"; reflection: { attemptId: string | null; successEntryId: string | null } };

/**
 * The client's answer to the attribution question: appended to their reflection (which is
 * then tagged again, as saveReflection does on every save), or nothing when they skip.
 * Either way the question counts as asked. Claiming `attribution_prompted_at` first, in
 * the same statement that checks it is unset, makes a double submit append once.
 */
export async function addToReflection(
  tx: Transaction,
  { orgId, clientMembershipId, reflectionId, addition }: { orgId: string; clientMembershipId: string; reflectionId: string; addition: string },
): Promise<AddToReflectionResult> {
  if (!isUuid(reflectionId)) return { status: "not_found" };
  const own = and(eq(reflections.orgId, orgId), eq(reflections.id, reflectionId), eq(reflections.clientMembershipId, clientMembershipId));
  const [claimed] = await tx
    .update(reflections)
    .set({ attributionPromptedAt: sql`now()` })
    .where(and(own, isNull(reflections.attributionPromptedAt)))
    .returning();
  if (!claimed) {
    const [existing] = await tx.select({ attemptId: reflections.attemptId, successEntryId: reflections.successEntryId }).from(reflections).where(own);
    return existing ? { status: "already_asked", reflection: existing } : { status: "not_found" };
  }
  const where = { attemptId: claimed.attemptId, successEntryId: claimed.successEntryId };
  const text = addition.trim();
  if (text === "") return { status: "skipped", reflection: where };
  await saveReflection(tx, {
    orgId,
    clientMembershipId,
    outcome: claimed.outcome,
    text: claimed.text.trimEnd() === "" ? text : `${claimed.text.trimEnd()}\n\n${text}`,
    answers: claimed.answers,
    ...(claimed.attemptId ? { attemptId: claimed.attemptId } : { successEntryId: claimed.successEntryId! }),
  });
  return { status: "added", reflection: where };
}
