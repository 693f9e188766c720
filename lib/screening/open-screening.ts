import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { screenings } from "@/db/schema";
import { findOpenScreening } from "./find-open-screening";

/**
 * Finds the client's screening in progress or starts one. Two requests racing here (a
 * double click, two tabs) meet at the partial unique index and both get the same row.
 */
export async function openScreening(
  tx: Transaction,
  { orgId, clientMembershipId, requestedByUserId = null }: { orgId: string; clientMembershipId: string; requestedByUserId?: string | null },
) {
  await tx
    .insert(screenings)
    .values({ orgId, clientMembershipId, requestedByUserId })
    .onConflictDoNothing({ target: screenings.clientMembershipId, where: sql`status = 'in_progress'` });
  const row = await findOpenScreening(tx, { orgId, clientMembershipId });
  if (!row) throw new Error("Open screening vanished after an insert");
  return row;
}
