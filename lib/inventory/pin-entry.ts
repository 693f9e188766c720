import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { successEntries } from "@/db/schema";
import { findOwnEntry } from "./find-entry";
import { canPin, type PinCheck } from "./pins";

export const PIN_DRAFT_MESSAGE = "Answer all five questions about this win before pinning it.";

/**
 * Pins or unpins one of the client's wins. At most three are pinned (canPin); the check
 * and the write run under a per-client lock so two quick pins cannot both squeeze in.
 */
export async function setEntryPinned(
  tx: Transaction,
  { orgId, clientMembershipId, entryId, pinned }: { orgId: string; clientMembershipId: string; entryId: string; pinned: boolean },
): Promise<PinCheck | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`pins:${clientMembershipId}`}, 0))`);
  const entry = await findOwnEntry(tx, { orgId, clientMembershipId, entryId });
  if (!entry) return null;
  const own = and(eq(successEntries.orgId, orgId), eq(successEntries.clientMembershipId, clientMembershipId));
  if (!pinned) {
    await tx.update(successEntries).set({ pinnedAt: null }).where(and(own, eq(successEntries.id, entry.id)));
    return { ok: true };
  }
  if (entry.pinnedAt) return { ok: true };
  if (entry.status !== "complete") return { ok: false, message: PIN_DRAFT_MESSAGE };
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(successEntries)
    .where(and(own, isNotNull(successEntries.pinnedAt), ne(successEntries.id, entry.id)));
  const check = canPin(count?.n ?? 0);
  if (!check.ok) return check;
  await tx.update(successEntries).set({ pinnedAt: new Date() }).where(and(own, eq(successEntries.id, entry.id)));
  return check;
}
