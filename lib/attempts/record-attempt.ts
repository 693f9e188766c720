import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { assignments, attempts, clientProfiles, reflections } from "@/db/schema";
import { shouldAskAttributionQuestion } from "@/lib/reflections/attribution-question";
import { saveReflection } from "@/lib/reflections/save-reflection";
import { type AdvanceResult, advanceAssignment } from "./advance-assignment";
import { PracticeError } from "./errors";
import { isUuid } from "./ids";

export interface RecordAttemptInput {
  orgId: string;
  clientMembershipId: string;
  attemptId: string;
  /** The level the form was rendered for. */
  levelId: string;
  outcome: "success" | "setback";
  confidenceAfter: number;
  effort: number;
  /** The reflection, joined from `answers` (prompt id → the client's words). */
  text: string;
  answers: Record<string, string>;
}

export interface RecordAttemptResult {
  attempt: typeof attempts.$inferSelect;
  reflection: typeof reflections.$inferSelect;
  /** What this save did to the ladder; null when the attempt had been recorded already. */
  advance: AdvanceResult | null;
  alreadyRecorded: boolean;
  /** Ask the in-the-moment attribution question next. */
  askAttribution: boolean;
}

/**
 * Steps 2–4 of the loop in one transaction: the outcome and how it felt, the reflection
 * (tagged by the attribution tagger as it is stored), then progression. Recording an
 * attempt that is already recorded (a double click) changes nothing and answers with
 * what the first save stored.
 */
export async function recordAttempt(tx: Transaction, input: RecordAttemptInput): Promise<RecordAttemptResult> {
  const { orgId, clientMembershipId } = input;
  if (!isUuid(input.attemptId)) throw new PracticeError("not_found");
  const [attempt] = await tx
    .select()
    .from(attempts)
    .where(and(eq(attempts.orgId, orgId), eq(attempts.id, input.attemptId), eq(attempts.clientMembershipId, clientMembershipId)))
    .for("update");
  if (!attempt) throw new PracticeError("not_found");

  if (attempt.status === "recorded") {
    const [reflection] = await tx.select().from(reflections).where(and(eq(reflections.orgId, orgId), eq(reflections.attemptId, attempt.id)));
    if (reflection) return { attempt, reflection, advance: null, alreadyRecorded: true, askAttribution: await askAttribution(tx, orgId, clientMembershipId, reflection) };
  }

  const [assignment] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.orgId, orgId), eq(assignments.id, attempt.assignmentId), eq(assignments.clientMembershipId, clientMembershipId)))
    .for("update");
  if (!assignment) throw new PracticeError("not_found");
  if (assignment.status !== "active") throw new PracticeError("not_active");
  if (assignment.currentLevelId !== attempt.levelId || input.levelId !== attempt.levelId) throw new PracticeError("not_current");

  const [recorded] = await tx
    .update(attempts)
    .set({
      status: "recorded",
      outcome: input.outcome,
      confidenceAfter: input.confidenceAfter,
      effort: input.effort,
      recordedAt: sql`now()`,
      lastActivityAt: sql`now()`,
    })
    .where(and(eq(attempts.orgId, orgId), eq(attempts.id, attempt.id)))
    .returning();
  const reflection = await saveReflection(tx, {
    orgId,
    clientMembershipId,
    outcome: input.outcome,
    text: input.text,
    answers: input.answers,
    attemptId: attempt.id,
  });
  const advance = await advanceAssignment(tx, { orgId, assignment });
  return {
    attempt: recorded!,
    reflection,
    advance,
    alreadyRecorded: false,
    askAttribution: await askAttribution(tx, orgId, clientMembershipId, reflection),
  };
}

async function askAttribution(tx: Transaction, orgId: string, clientMembershipId: string, reflection: typeof reflections.$inferSelect) {
  const [profile] = await tx
    .select({ nudge: clientProfiles.attributionNudgeEnabled })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.orgId, orgId), eq(clientProfiles.membershipId, clientMembershipId)));
  return shouldAskAttributionQuestion({
    outcome: reflection.outcome,
    flags: reflection.tag?.flags ?? [],
    // No profile row yet: the coach has not switched the question off.
    nudgeEnabled: profile?.nudge ?? true,
    alreadyAsked: reflection.attributionPromptedAt !== null,
  });
}
