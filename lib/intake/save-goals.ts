import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { clientProfiles } from "@/db/schema";
import { openScreening } from "@/lib/screening/open-screening";

/**
 * The first intake page: stores the client's goals and starts their screening (or finds
 * the one already started), so a second submission updates the goals and nothing more.
 */
export async function saveIntakeGoals(tx: Transaction, { orgId, clientMembershipId, goals }: { orgId: string; clientMembershipId: string; goals: string }) {
  await tx
    .insert(clientProfiles)
    .values({ membershipId: clientMembershipId, orgId, goals })
    .onConflictDoUpdate({ target: clientProfiles.membershipId, set: { goals, updatedAt: sql`now()` } });
  const screening = await openScreening(tx, { orgId, clientMembershipId });
  return { screeningId: screening.id };
}
