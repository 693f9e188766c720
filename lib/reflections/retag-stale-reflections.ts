import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations, reflections } from "@/db/schema";
import { TAGGER_VERSION } from "@/lib/attribution";
import { withTenant } from "@/lib/tenancy/scope";
import { tagFor } from "./save-reflection";

export const RETAG_BATCH_SIZE = 200;

export interface RetagCounts {
  organizations: number;
  retagged: number;
}

/**
 * Every organization's id. Needs a connection that row-level security does not limit (the
 * owner, DATABASE_MIGRATION_URL): the app's role sees no organization without a tenant.
 */
export async function listOrganizationIds(owner: Database): Promise<string[]> {
  const rows = await owner.select({ id: organizations.id }).from(organizations).orderBy(asc(organizations.id));
  return rows.map((row) => row.id);
}

/**
 * Re-tags the reflections whose stored tagger version is not the current one, organization
 * by organization (each inside its own tenant) and in batches, each batch its own
 * transaction. Only the machine label and its version change: a coach's correction, the
 * text and the timestamps stay. Running it again finds nothing left to do.
 */
export async function retagStaleReflections(
  db: Database,
  { orgIds, batchSize = RETAG_BATCH_SIZE, onBatch }: { orgIds: readonly string[]; batchSize?: number; onBatch?: (orgId: string, count: number) => void },
): Promise<RetagCounts> {
  let retagged = 0;
  for (const orgId of orgIds) {
    for (;;) {
      const count = await withTenant(db, { orgId, userId: "" }, async (tx) => {
        const stale = await tx
          .select({ id: reflections.id, outcome: reflections.outcome, text: reflections.text })
          .from(reflections)
          .where(and(eq(reflections.orgId, orgId), or(isNull(reflections.taggerVersion), ne(reflections.taggerVersion, TAGGER_VERSION))))
          .orderBy(asc(reflections.id))
          .limit(batchSize)
          .for("update", { skipLocked: true });
        if (stale.length === 0) return 0;
        // One UPDATE per batch: the new tags travel as a JSON array of {id, tag}.
        const retags = JSON.stringify(stale.map((row) => ({ id: row.id, tag: tagFor(row.outcome, row.text) })));
        await tx.execute(sql`
          update ${reflections} set tag = v.tag, tagger_version = ${TAGGER_VERSION}
          from jsonb_to_recordset(${retags}::jsonb) as v(id uuid, tag jsonb)
          where ${reflections.id} = v.id and ${reflections.orgId} = ${orgId}`);
        return stale.length;
      });
      retagged += count;
      if (count > 0) onBatch?.(orgId, count);
      if (count < batchSize) break;
    }
  }
  return { organizations: orgIds.length, retagged };
}
