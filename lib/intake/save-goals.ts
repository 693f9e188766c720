import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { clientProfiles } from "@/db/schema";
import { findOpenScreening } from "@/lib/screening/find-open-screening";
import { openScreening } from "@/lib/screening/open-screening";

/**
 * The first intake page: stores the client's goals and starts their screening (or finds
 * the one already started), so a second submission updates the goals and nothing more.
 * Once the intake is complete, only a coach starts a new screening: a client re-posting
 * this form must not be able to replace a flagged result with a fresh one.
 */
export async function saveIntakeGoals(tx: Transaction, { orgId, clientMembershipId, goals }: { orgId: string; clientMembershipId: string; goals: string }) {
  const [profile] = await tx
    .select({ intakeCompletedAt: clientProfiles.intakeCompletedAt })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.orgId, orgId), eq(clientProfiles.membershipId, clientMembershipId)));
  await tx
    .insert(clientProfiles)
    .values({ membershipId: clientMembershipId, orgId, goals })
    .onConflictDoUpdate({ target: clientProfiles.membershipId, set: { goals, updatedAt: sql`now()` } });
  if (profile?.intakeCompletedAt) {
    const open = await findOpenScreening(tx, { orgId, clientMembershipId });
    return { screeningId: open?.id ?? null };
  }
  const screening = await openScreening(tx, { orgId, clientMembershipId });
  return { screeningId: screening.id };
}
