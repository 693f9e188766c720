import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { clientProfiles } from "@/db/schema";
import { findClient } from "@/lib/clients/find-client";

/**
 * Switches the in-the-moment attribution question on or off for one client. The profile
 * row may not exist yet (it is made at intake), so this upserts it. False when the id is
 * not a client of this organization.
 */
export async function setAttributionNudge(
  tx: Queryable,
  { orgId, clientMembershipId, enabled }: { orgId: string; clientMembershipId: string; enabled: boolean },
): Promise<boolean> {
  const client = await findClient(tx, { orgId, clientMembershipId });
  if (!client) return false;
  await tx
    .insert(clientProfiles)
    .values({ membershipId: client.membershipId, orgId, attributionNudgeEnabled: enabled })
    .onConflictDoUpdate({
      target: clientProfiles.membershipId,
      set: { attributionNudgeEnabled: enabled, updatedAt: sql`now()` },
      setWhere: eq(clientProfiles.orgId, orgId),
    });
  return true;
}

/** Whether the client is asked the attribution question; on unless a coach switched it off. */
export async function findAttributionNudge(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<boolean> {
  const [row] = await tx
    .select({ enabled: clientProfiles.attributionNudgeEnabled })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.orgId, orgId), eq(clientProfiles.membershipId, clientMembershipId)));
  return row?.enabled ?? true;
}
