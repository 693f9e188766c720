import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { successEntries } from "@/db/schema";
import type { DomainKey } from "./domains";
import { isUuid } from "./ids";
import type { RecallAnswers } from "./recall";

export interface StoredEntry {
  id: string;
  title: string;
  domain: DomainKey;
  answers: RecallAnswers;
  status: "draft" | "complete";
  pinnedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: successEntries.id,
  title: successEntries.title,
  domain: successEntries.domain,
  answers: successEntries.answers,
  status: successEntries.status,
  pinnedAt: successEntries.pinnedAt,
  createdAt: successEntries.createdAt,
  updatedAt: successEntries.updatedAt,
};

export function toStoredEntry(row: { domain: string; answers: unknown } & Omit<StoredEntry, "domain" | "answers">): StoredEntry {
  return { ...row, domain: row.domain as DomainKey, answers: (row.answers ?? {}) as RecallAnswers };
}

/** One of the caller's own entries; anyone else's (or a malformed id) is simply not found. */
export async function findOwnEntry(
  tx: Queryable,
  { orgId, clientMembershipId, entryId }: { orgId: string; clientMembershipId: string; entryId: string },
): Promise<StoredEntry | null> {
  if (!isUuid(entryId)) return null;
  const [row] = await tx
    .select(columns)
    .from(successEntries)
    .where(and(eq(successEntries.orgId, orgId), eq(successEntries.clientMembershipId, clientMembershipId), eq(successEntries.id, entryId)));
  return row ? toStoredEntry(row) : null;
}

export { columns as entryColumns };
