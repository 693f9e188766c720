import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { clientProfiles } from "@/db/schema";

/** The client's anchor cue and capability statement, as last recorded (either may be missing). */
export async function loadStatements(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }) {
  const [row] = await tx
    .select({ anchorCue: clientProfiles.anchorCue, capabilityStatement: clientProfiles.capabilityStatement })
    .from(clientProfiles)
    .where(and(eq(clientProfiles.orgId, orgId), eq(clientProfiles.membershipId, clientMembershipId)));
  return { anchorCue: row?.anchorCue ?? null, capabilityStatement: row?.capabilityStatement ?? null };
}
