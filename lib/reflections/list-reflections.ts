import { type SQL, and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { attempts, ladderLevels, memberships, reflections, successEntries, users } from "@/db/schema";
import type { FeedCursor, FeedFilters } from "./feed-filters";
import { type ReflectionLabels, effectiveLabels, knownCauses, knownFlags } from "./labels";

export const FEED_PAGE_SIZE = 25;

const clientUser = alias(users, "client_user");
const correctorUser = alias(users, "corrector_user");

export interface ReflectionItem {
  id: string;
  clientMembershipId: string;
  clientName: string | null;
  clientEmail: string;
  createdAt: Date;
  outcome: "success" | "setback";
  source: "attempt" | "inventory";
  attemptId: string | null;
  levelTitle: string | null;
  successEntryId: string | null;
  entryTitle: string | null;
  text: string;
  evidence: Record<string, { start: number; end: number; text: string }[]>;
  /** What is shown: the coach's correction when there is one. */
  labels: ReflectionLabels;
  /** The tagger's own label, kept beside a correction. */
  machine: { causes: ReflectionLabels["causes"]; flags: ReflectionLabels["flags"] };
  coachNote: string | null;
  correctedBy: string | null;
  correctedAt: Date | null;
  taggerVersion: string | null;
  cursor: FeedCursor;
}

// The labels that count for filtering: the coach's correction wins, as in the display.
const effectiveFlags = sql`coalesce(${reflections.coachFlags}, ${reflections.tag} -> 'flags', '[]'::jsonb)`;
const effectiveCauses = sql`coalesce(${reflections.coachCauses}, ${reflections.tag} -> 'causes', '[]'::jsonb)`;

/**
 * The practice's reflections, newest first, with the client, the attempt's level or the
 * inventory entry, and who corrected the label: one query, keyset-paginated on
 * (created_at, id). Returns one page and the cursor for the next, if there is one.
 */
export async function listReflections(
  tx: Queryable,
  { orgId, filters = {}, limit = FEED_PAGE_SIZE }: { orgId: string; filters?: FeedFilters; limit?: number },
): Promise<{ items: ReflectionItem[]; next: FeedCursor | null }> {
  const conditions: SQL[] = [eq(reflections.orgId, orgId)];
  if (filters.client) conditions.push(eq(reflections.clientMembershipId, filters.client));
  if (filters.outcome) conditions.push(eq(reflections.outcome, filters.outcome));
  if (filters.flag) conditions.push(sql`${effectiveFlags} @> jsonb_build_array(${filters.flag}::text)`);
  if (filters.cause) conditions.push(sql`${effectiveCauses} @> jsonb_build_array(${filters.cause}::text)`);
  if (filters.before) {
    conditions.push(sql`(${reflections.createdAt}, ${reflections.id}) < (${filters.before.createdAt}::timestamptz, ${filters.before.id}::uuid)`);
  }

  const rows = await tx
    .select({
      id: reflections.id,
      clientMembershipId: reflections.clientMembershipId,
      clientName: clientUser.name,
      clientEmail: clientUser.email,
      createdAt: reflections.createdAt,
      cursorAt: sql<string>`to_char(${reflections.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      outcome: reflections.outcome,
      source: reflections.source,
      attemptId: reflections.attemptId,
      levelTitle: ladderLevels.title,
      successEntryId: reflections.successEntryId,
      entryTitle: successEntries.title,
      text: reflections.text,
      tag: reflections.tag,
      taggerVersion: reflections.taggerVersion,
      coachCauses: reflections.coachCauses,
      coachFlags: reflections.coachFlags,
      coachNote: reflections.coachNote,
      correctedByName: correctorUser.name,
      correctedByEmail: correctorUser.email,
      correctedAt: reflections.correctedAt,
    })
    .from(reflections)
    .innerJoin(memberships, and(eq(memberships.id, reflections.clientMembershipId), eq(memberships.orgId, orgId)))
    .innerJoin(clientUser, eq(clientUser.id, memberships.userId))
    .leftJoin(attempts, and(eq(attempts.id, reflections.attemptId), eq(attempts.orgId, orgId)))
    .leftJoin(ladderLevels, and(eq(ladderLevels.id, attempts.levelId), eq(ladderLevels.orgId, orgId)))
    .leftJoin(successEntries, and(eq(successEntries.id, reflections.successEntryId), eq(successEntries.orgId, orgId)))
    .leftJoin(correctorUser, eq(correctorUser.id, reflections.correctedByUserId))
    .where(and(...conditions))
    .orderBy(desc(reflections.createdAt), desc(reflections.id))
    .limit(limit + 1);

  const items = rows.slice(0, limit).map((row): ReflectionItem => ({
    id: row.id,
    clientMembershipId: row.clientMembershipId,
    clientName: row.clientName,
    clientEmail: row.clientEmail,
    createdAt: row.createdAt,
    outcome: row.outcome,
    source: row.source,
    attemptId: row.attemptId,
    levelTitle: row.levelTitle,
    successEntryId: row.successEntryId,
    entryTitle: row.entryTitle,
    text: row.text,
    evidence: row.tag?.evidence && typeof row.tag.evidence === "object" ? row.tag.evidence : {},
    labels: effectiveLabels(row),
    machine: { causes: knownCauses(row.tag?.causes), flags: knownFlags(row.tag?.flags) },
    coachNote: row.coachNote,
    correctedBy: row.correctedByName ?? row.correctedByEmail,
    correctedAt: row.correctedAt,
    taggerVersion: row.taggerVersion,
    cursor: { createdAt: row.cursorAt, id: row.id },
  }));
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? last.cursor : null };
}
