import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { journalEntries } from "@/db/schema";

/** The client's journal, newest win first (by the day it happened, then when it was written). */
export async function listJournalEntries(tx: Queryable, { orgId, clientMembershipId, limit = 200 }: { orgId: string; clientMembershipId: string; limit?: number }) {
  return tx
    .select({ id: journalEntries.id, text: journalEntries.text, occurredOn: journalEntries.occurredOn, createdAt: journalEntries.createdAt })
    .from(journalEntries)
    .where(and(eq(journalEntries.orgId, orgId), eq(journalEntries.clientMembershipId, clientMembershipId)))
    .orderBy(desc(journalEntries.occurredOn), desc(journalEntries.createdAt))
    .limit(limit);
}
