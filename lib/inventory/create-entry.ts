import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { successEntries } from "@/db/schema";
import type { DomainKey } from "./domains";
import { findOwnEntry } from "./find-entry";
import { isUuid } from "./ids";

/**
 * Starts a draft entry once the client has named the win and its domain. The form's
 * clientKey (a UUID made when the form rendered) becomes the row's id, so the primary
 * key is the idempotency key: a double click finds the draft the first click made.
 * Returns null when the key is unusable or belongs to someone else's row.
 */
export async function createEntry(
  tx: Transaction,
  input: { orgId: string; clientMembershipId: string; clientKey: string; title: string; domain: DomainKey },
) {
  if (!isUuid(input.clientKey)) return null;
  await tx
    .insert(successEntries)
    .values({ id: input.clientKey, orgId: input.orgId, clientMembershipId: input.clientMembershipId, title: input.title, domain: input.domain })
    .onConflictDoNothing({ target: successEntries.id });
  return findOwnEntry(tx, { orgId: input.orgId, clientMembershipId: input.clientMembershipId, entryId: input.clientKey });
}

/** Renames a win or moves it to another domain; the answers stay as they are. */
export async function updateEntryDetails(
  tx: Transaction,
  input: { orgId: string; clientMembershipId: string; entryId: string; title: string; domain: DomainKey },
) {
  if (!isUuid(input.entryId)) return null;
  const [row] = await tx
    .update(successEntries)
    .set({ title: input.title, domain: input.domain, updatedAt: sql`now()` })
    .where(and(eq(successEntries.orgId, input.orgId), eq(successEntries.clientMembershipId, input.clientMembershipId), eq(successEntries.id, input.entryId)))
    .returning({ id: successEntries.id });
  return row ?? null;
}
