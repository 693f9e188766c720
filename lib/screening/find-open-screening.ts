import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { screenings } from "@/db/schema";

/** The client's screening in progress (at most one: a partial unique index), or null. */
export async function findOpenScreening(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }) {
  const [row] = await tx
    .select()
    .from(screenings)
    .where(and(eq(screenings.orgId, orgId), eq(screenings.clientMembershipId, clientMembershipId), eq(screenings.status, "in_progress")))
    .limit(1);
  return row ?? null;
}
