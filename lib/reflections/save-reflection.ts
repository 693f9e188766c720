import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { type StoredTag, reflections } from "@/db/schema";
import { TAGGER_VERSION, tagReflection } from "@/lib/attribution";

export type ReflectionOutcome = "success" | "setback";

export interface SaveReflectionInput {
  orgId: string;
  clientMembershipId: string;
  outcome: ReflectionOutcome;
  text: string;
  answers?: Record<string, string> | null;
  /** Exactly one of the two: what the reflection is about. */
  attemptId?: string;
  successEntryId?: string;
}

export function tagFor(outcome: ReflectionOutcome, text: string): StoredTag {
  const result = tagReflection({ outcome, text });
  return { causes: [...result.causes], locus: result.locus, flags: [...result.flags], evidence: result.evidence as StoredTag["evidence"] };
}

/**
 * Stores (or replaces) the reflection on an attempt or inventory entry, tagged by the
 * attribution tagger at save time with the tagger's version. Saving the same reflection
 * twice (a double click) updates the one row. A coach's correction is kept as it is.
 */
export async function saveReflection(tx: Transaction, input: SaveReflectionInput) {
  const tag = tagFor(input.outcome, input.text);
  const values = {
    orgId: input.orgId,
    clientMembershipId: input.clientMembershipId,
    source: input.attemptId ? ("attempt" as const) : ("inventory" as const),
    attemptId: input.attemptId ?? null,
    successEntryId: input.successEntryId ?? null,
    outcome: input.outcome,
    text: input.text,
    answers: input.answers ?? null,
    tag,
    taggerVersion: TAGGER_VERSION,
  };
  const target = input.attemptId ? reflections.attemptId : reflections.successEntryId;
  const [row] = await tx
    .insert(reflections)
    .values(values)
    .onConflictDoUpdate({
      target,
      set: { text: values.text, answers: values.answers, outcome: values.outcome, tag, taggerVersion: TAGGER_VERSION, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

/** Re-tags one stored reflection (used by the re-tag script when the tagger version changes). */
export async function retagReflection(tx: Transaction, { orgId, reflectionId }: { orgId: string; reflectionId: string }) {
  const [row] = await tx.select().from(reflections).where(and(eq(reflections.orgId, orgId), eq(reflections.id, reflectionId)));
  if (!row) return null;
  const tag = tagFor(row.outcome, row.text);
  await tx.update(reflections).set({ tag, taggerVersion: TAGGER_VERSION }).where(eq(reflections.id, row.id));
  return tag;
}
