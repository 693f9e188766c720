import { and, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { screenings } from "@/db/schema";

/**
 * True when the client's latest completed screening suggested a referral and no coach has
 * acknowledged it yet: mastery work (assigning a ladder) waits until one has.
 */
export async function hasUnacknowledgedScreeningFlag(
  tx: Queryable,
  { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(screenings)
    .where(
      and(
        eq(screenings.orgId, orgId),
        eq(screenings.clientMembershipId, clientMembershipId),
        eq(screenings.status, "complete"),
        eq(screenings.referralSuggested, true),
        isNull(screenings.acknowledgedAt),
      ),
    );
  return (row?.n ?? 0) > 0;
}
