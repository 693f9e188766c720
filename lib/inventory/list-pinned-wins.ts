import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { successEntries } from "@/db/schema";
import type { DomainKey } from "./domains";
import type { RecallAnswers } from "./recall";

export interface StoredPinnedWin {
  id: string;
  title: string;
  domain: DomainKey;
  answers: RecallAnswers;
}

/** The client's pinned inventory entries (at most three), oldest pin first: they feed every pre-attempt review. */
export async function listPinnedWins(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<StoredPinnedWin[]> {
  const rows = await tx
    .select({ id: successEntries.id, title: successEntries.title, domain: successEntries.domain, answers: successEntries.answers })
    .from(successEntries)
    .where(and(eq(successEntries.orgId, orgId), eq(successEntries.clientMembershipId, clientMembershipId), isNotNull(successEntries.pinnedAt)))
    .orderBy(asc(successEntries.pinnedAt))
    .limit(3);
  return rows.map((row) => ({ ...row, domain: row.domain as DomainKey, answers: row.answers as RecallAnswers }));
}
