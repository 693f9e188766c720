import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Transaction } from "@/db/client";
import { clientProfiles, screenings } from "@/db/schema";
import { isFinished, nextStep, type ScreeningStep } from "./flow";
import { otherSectionSchema, phq2SectionSchema, phq9SectionSchema, type ScreeningAnswers } from "./schema";
import { scoreScreening } from "./score";
import type { SectionId } from "./sections";
import { findOpenScreening } from "./find-open-screening";
import { openScreening } from "./open-screening";
import { storedAnswersOf } from "./stored-answers";

const SECTION_SCHEMAS: Record<SectionId, z.ZodType<Partial<ScreeningAnswers>>> = {
  phq2: phq2SectionSchema,
  phq9: phq9SectionSchema,
  other: otherSectionSchema,
};

export type SubmitSectionResult =
  | { kind: "invalid"; fieldErrors: Record<string, string> }
  /** `completedNow` is true only for the request that finished the screening (it sends the alert). */
  | { kind: "saved"; step: ScreeningStep; screeningId: string | null; completedNow: boolean; safety: boolean };

async function intakeCompleted(tx: Transaction, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }) {
  const [row] = await tx
    .select({ at: clientProfiles.intakeCompletedAt })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.orgId, orgId), eq(clientProfiles.membershipId, clientMembershipId)));
  return Boolean(row?.at);
}

/**
 * Saves one page of the screening and moves it on. The answers so far decide which page
 * is current (nextStep); a post for any other page (a double click, a stale tab, the
 * back button) changes nothing and reports where the client really is. When the flow
 * ends — "done", or "safety" the moment item 9 is above zero — the result is scored and
 * stored and the intake counts as complete.
 */
export async function submitScreeningSection(
  tx: Transaction,
  { orgId, clientMembershipId, section, input }: { orgId: string; clientMembershipId: string; section: SectionId; input: Record<string, unknown> },
): Promise<SubmitSectionResult> {
  // Serialize one client's submissions so two tabs cannot both finish the screening.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`screening:${clientMembershipId}`}, 0))`);
  let open = await findOpenScreening(tx, { orgId, clientMembershipId });
  if (!open) {
    // A late repeat of the last page, after the screening was finished: nothing to start.
    if (await intakeCompleted(tx, { orgId, clientMembershipId })) {
      return { kind: "saved", step: "done", screeningId: null, completedNow: false, safety: false };
    }
    open = await openScreening(tx, { orgId, clientMembershipId });
  }
  const answers = storedAnswersOf(open.answers);
  const current = nextStep(answers);
  if (current !== section) return { kind: "saved", step: current, screeningId: open.id, completedNow: false, safety: false };

  const parsed = SECTION_SCHEMAS[section].safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { kind: "invalid", fieldErrors };
  }
  const merged: ScreeningAnswers = { ...answers, ...parsed.data };
  const step = nextStep(merged);
  if (!isFinished(step)) {
    await tx.update(screenings).set({ answers: merged }).where(and(eq(screenings.orgId, orgId), eq(screenings.id, open.id)));
    return { kind: "saved", step, screeningId: open.id, completedNow: false, safety: false };
  }

  const result = scoreScreening(merged);
  await tx
    .update(screenings)
    .set({
      answers: merged,
      result: result as unknown as Record<string, unknown>,
      status: "complete",
      safety: result.safety,
      referralSuggested: result.referralSuggested,
      completedAt: new Date(),
    })
    .where(and(eq(screenings.orgId, orgId), eq(screenings.id, open.id)));
  await tx
    .insert(clientProfiles)
    .values({ membershipId: clientMembershipId, orgId, intakeCompletedAt: new Date() })
    .onConflictDoUpdate({
      target: clientProfiles.membershipId,
      set: { intakeCompletedAt: sql`coalesce(${clientProfiles.intakeCompletedAt}, now())`, updatedAt: sql`now()` },
    });
  return { kind: "saved", step, screeningId: open.id, completedNow: true, safety: result.safety };
}
