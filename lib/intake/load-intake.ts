import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { clientProfiles, screenings } from "@/db/schema";
import { nextStep, type ScreeningStep } from "@/lib/screening/flow";
import { storedAnswersOf } from "@/lib/screening/stored-answers";

/**
 * What the client's own intake page needs, and nothing more: which page comes next and,
 * once finished, whether the safety message applies. Answers and scores never leave
 * this function, so no client page can show them by accident.
 */
export type IntakeView =
  | { step: "goals"; goals: string | null }
  | { step: "phq2" | "phq9" | "other"; goals: string | null }
  | { step: "finished"; safety: boolean };

export async function loadIntake(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<IntakeView> {
  const [profile] = await tx
    .select({ goals: clientProfiles.goals, intakeCompletedAt: clientProfiles.intakeCompletedAt })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.orgId, orgId), eq(clientProfiles.membershipId, clientMembershipId)));
  const [latest] = await tx
    .select({ status: screenings.status, answers: screenings.answers, safety: screenings.safety })
    .from(screenings)
    .where(and(eq(screenings.orgId, orgId), eq(screenings.clientMembershipId, clientMembershipId)))
    .orderBy(desc(screenings.createdAt))
    .limit(1);
  const goals = profile?.goals ?? null;
  const completed = Boolean(profile?.intakeCompletedAt);

  if (!completed && !goals?.trim()) return { step: "goals", goals };
  if (latest?.status === "in_progress" || !completed) {
    const step: ScreeningStep = latest?.status === "in_progress" ? nextStep(storedAnswersOf(latest.answers)) : "phq2";
    // A finished flow is always closed in the same transaction, so this is a section.
    if (step !== "safety" && step !== "done") return { step, goals };
  }
  return { step: "finished", safety: latest?.safety ?? false };
}
