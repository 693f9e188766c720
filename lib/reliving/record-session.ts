import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { clientProfiles, relivingSessions } from "@/db/schema";
import { RELIVING_STEPS } from "./script";

/**
 * Records what the client keeps from a finished reliving session: the session itself
 * (on the entry they relived) and, on their profile, the anchor cue and capability
 * statement every later review shows. The form's key is the session's id, so a double
 * click records one session.
 */
export async function recordRelivingSession(
  tx: Transaction,
  input: { orgId: string; clientMembershipId: string; successEntryId: string; sessionKey: string; anchorCue: string; capabilityStatement: string },
) {
  await tx
    .insert(relivingSessions)
    .values({
      id: input.sessionKey,
      orgId: input.orgId,
      clientMembershipId: input.clientMembershipId,
      successEntryId: input.successEntryId,
      stepIndex: RELIVING_STEPS.length - 1,
      anchorCue: input.anchorCue,
      capabilityStatement: input.capabilityStatement,
      completedAt: new Date(),
    })
    .onConflictDoNothing({ target: relivingSessions.id });
  await tx
    .insert(clientProfiles)
    .values({ membershipId: input.clientMembershipId, orgId: input.orgId, anchorCue: input.anchorCue, capabilityStatement: input.capabilityStatement })
    .onConflictDoUpdate({
      target: clientProfiles.membershipId,
      set: { anchorCue: input.anchorCue, capabilityStatement: input.capabilityStatement, updatedAt: sql`now()` },
    });
}
