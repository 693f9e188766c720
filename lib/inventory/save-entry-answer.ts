import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { successEntries } from "@/db/schema";
import { saveReflection } from "@/lib/reflections/save-reflection";
import { entryText } from "./entry-text";
import { findOwnEntry } from "./find-entry";
import { guidedStep } from "./guided";
import type { RecallKey } from "./recall";

/**
 * Saves one answer of the guided entry (the draft grows as the client goes). When the
 * last of the five is in, the entry is complete; from then on every save (the first and
 * any later edit) re-tags the client's words as an inventory reflection, so the coach
 * sees where the client gives credit away. Returns null for an entry that is not theirs.
 */
export async function saveEntryAnswer(
  tx: Transaction,
  input: { orgId: string; clientMembershipId: string; entryId: string; key: RecallKey; answer: string },
) {
  const scope = { orgId: input.orgId, clientMembershipId: input.clientMembershipId };
  const entry = await findOwnEntry(tx, { ...scope, entryId: input.entryId });
  if (!entry) return null;
  const answers = { ...entry.answers, [input.key]: input.answer };
  const complete = guidedStep({ title: entry.title, domain: entry.domain, answers }).kind === "complete";
  await tx
    .update(successEntries)
    .set({ answers, status: complete ? "complete" : entry.status, updatedAt: sql`now()` })
    .where(and(eq(successEntries.orgId, input.orgId), eq(successEntries.clientMembershipId, input.clientMembershipId), eq(successEntries.id, entry.id)));
  if (complete) {
    await saveReflection(tx, { ...scope, successEntryId: entry.id, outcome: "success", text: entryText({ answers }), answers: answers as Record<string, string> });
  }
  return { ...entry, answers, status: complete ? ("complete" as const) : entry.status };
}
