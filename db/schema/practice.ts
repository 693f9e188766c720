import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { successEntries } from "./clients";
import { assignments, ladderLevels } from "./ladders";
import { memberships, organizations } from "./tenancy";
import { tenantPolicy } from "./tenant-policy";

export const attemptOutcome = pgEnum("attempt_outcome", ["success", "setback"]);
export const attemptStatus = pgEnum("attempt_status", ["prepared", "recorded"]);
export const reflectionSource = pgEnum("reflection_source", ["attempt", "inventory"]);

/**
 * One try at a level. Created when the client prepares (confidence before, plan), completed
 * when they record the outcome. `clientKey` comes from the form, so a double-clicked
 * submit finds the row it already made instead of making a second.
 */
export const attempts = pgTable(
  "attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    assignmentId: uuid("assignment_id").notNull().references(() => assignments.id, { onDelete: "cascade" }),
    levelId: uuid("level_id").notNull().references(() => ladderLevels.id, { onDelete: "restrict" }),
    clientMembershipId: uuid("client_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    clientKey: text("client_key").notNull(),
    status: attemptStatus("status").notNull().default("prepared"),
    confidenceBefore: integer("confidence_before").notNull(),
    plannedAt: timestamp("planned_at", { withTimezone: true }),
    plannedWhere: text("planned_where"),
    outcome: attemptOutcome("outcome"),
    confidenceAfter: integer("confidence_after"),
    effort: integer("effort"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }),
    coachConfirmedAt: timestamp("coach_confirmed_at", { withTimezone: true }),
    coachConfirmedByUserId: text("coach_confirmed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("attempts_client_key_idx").on(t.orgId, t.clientKey),
    index("attempts_assignment_idx").on(t.assignmentId, t.createdAt),
    index("attempts_client_idx").on(t.orgId, t.clientMembershipId, t.createdAt),
    check("attempts_confidence_before", sql`${t.confidenceBefore} between 0 and 100`),
    check("attempts_confidence_after", sql`${t.confidenceAfter} is null or ${t.confidenceAfter} between 0 and 100`),
    check("attempts_effort", sql`${t.effort} is null or ${t.effort} between 1 and 5`),
    tenantPolicy("attempts"),
  ],
).enableRLS();

export interface StoredTag {
  causes: string[];
  locus: string;
  flags: string[];
  evidence: Record<string, { start: number; end: number; text: string }[]>;
}

/**
 * What a client wrote about an outcome: an attempt's reflection or a success-inventory
 * entry. The tagger's result is stored with its version; a coach's correction sits beside
 * it (never overwriting it) and wins in the display.
 */
export const reflections = pgTable(
  "reflections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    clientMembershipId: uuid("client_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    source: reflectionSource("source").notNull(),
    attemptId: uuid("attempt_id").references(() => attempts.id, { onDelete: "cascade" }),
    successEntryId: uuid("success_entry_id").references(() => successEntries.id, { onDelete: "cascade" }),
    outcome: attemptOutcome("outcome").notNull(),
    text: text("text").notNull(),
    /** The client's answers to the prompts, by prompt id, when written prompt by prompt. */
    answers: jsonb("answers").$type<Record<string, string>>(),
    tag: jsonb("tag").$type<StoredTag>(),
    taggerVersion: text("tagger_version"),
    coachCauses: jsonb("coach_causes").$type<string[]>(),
    coachFlags: jsonb("coach_flags").$type<string[]>(),
    coachNote: text("coach_note"),
    correctedByUserId: text("corrected_by_user_id").references(() => users.id, { onDelete: "set null" }),
    correctedAt: timestamp("corrected_at", { withTimezone: true }),
    /** Set when the client was asked the in-the-moment attribution question. */
    attributionPromptedAt: timestamp("attribution_prompted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reflections_attempt_idx").on(t.attemptId),
    uniqueIndex("reflections_success_entry_idx").on(t.successEntryId),
    index("reflections_client_idx").on(t.orgId, t.clientMembershipId, t.createdAt),
    index("reflections_org_created_idx").on(t.orgId, t.createdAt),
    check("reflections_one_source", sql`(${t.attemptId} is null) <> (${t.successEntryId} is null)`),
    tenantPolicy("reflections"),
  ],
).enableRLS();

/** "Seek constructive feedback": one thread per attempt between coach and client. */
export const attemptComments = pgTable(
  "attempt_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    attemptId: uuid("attempt_id").notNull().references(() => attempts.id, { onDelete: "cascade" }),
    authorMembershipId: uuid("author_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    clientKey: text("client_key").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("attempt_comments_attempt_idx").on(t.attemptId, t.createdAt),
    uniqueIndex("attempt_comments_client_key_idx").on(t.orgId, t.clientKey),
    tenantPolicy("attempt_comments"),
  ],
).enableRLS();
