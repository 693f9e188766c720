import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";

/**
 * True when the client portal should send the client to the intake first: they have not
 * finished it, or their coach asked them to answer the screening again. One query.
 */
export async function intakeRequired(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<boolean> {
  const rows = await tx.execute<{ completed: boolean; open: boolean }>(sql`
    select
      exists (select 1 from client_profiles
              where org_id = ${orgId} and membership_id = ${clientMembershipId} and intake_completed_at is not null) as completed,
      exists (select 1 from screenings
              where org_id = ${orgId} and client_membership_id = ${clientMembershipId} and status = 'in_progress') as open
  `);
  const row = rows[0];
  return !row?.completed || Boolean(row.open);
}
