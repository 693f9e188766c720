import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { journalEntries } from "@/db/schema";

/**
 * Adds a win to the client's journal. The form's clientKey is unique per practice, so a
 * double-submitted form lands on the row the first submit made. Returns null when the
 * key is already someone else's (a forged form), which the page treats as not found.
 */
export async function addJournalEntry(
  tx: Transaction,
  input: { orgId: string; clientMembershipId: string; clientKey: string; text: string; occurredOn: string },
) {
  const [inserted] = await tx
    .insert(journalEntries)
    .values(input)
    .onConflictDoNothing({ target: [journalEntries.orgId, journalEntries.clientKey] })
    .returning();
  if (inserted) return inserted;
  const [existing] = await tx
    .select()
    .from(journalEntries)
    .where(
      and(
        eq(journalEntries.orgId, input.orgId),
        eq(journalEntries.clientKey, input.clientKey),
        eq(journalEntries.clientMembershipId, input.clientMembershipId),
      ),
    );
  return existing ?? null;
}
