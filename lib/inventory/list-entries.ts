import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { successEntries } from "@/db/schema";
import { entryColumns, toStoredEntry, type StoredEntry } from "./find-entry";

/** All of the client's inventory entries, oldest first, in one query. */
export async function listEntries(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<StoredEntry[]> {
  const rows = await tx
    .select(entryColumns)
    .from(successEntries)
    .where(and(eq(successEntries.orgId, orgId), eq(successEntries.clientMembershipId, clientMembershipId)))
    .orderBy(asc(successEntries.createdAt));
  return rows.map(toStoredEntry);
}
