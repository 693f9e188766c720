import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberships, organizations } from "./tenancy";
import { tenantPolicy } from "./tenant-policy";

export const screeningStatus = pgEnum("screening_status", ["in_progress", "complete"]);
export const successEntryStatus = pgEnum("success_entry_status", ["draft", "complete"]);

/** Per-client settings and what the client said about themselves (intake, anchors). */
export const clientProfiles = pgTable(
  "client_profiles",
  {
    membershipId: uuid("membership_id").primaryKey().references(() => memberships.id, { onDelete: "cascade" }),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    goals: text("goals"),
    intakeCompletedAt: timestamp("intake_completed_at", { withTimezone: true }),
    /** The coach can switch off the in-the-moment attribution question for this client. */
    attributionNudgeEnabled: boolean("attribution_nudge_enabled").notNull().default(true),
    capabilityStatement: text("capability_statement"),
    anchorCue: text("anchor_cue"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("client_profiles_org_idx").on(t.orgId), tenantPolicy("client_profiles")],
).enableRLS();

/**
 * A run of the intake screening. Answers and scores are for the client's coach and the
 * practice's admins only; the client sees neither a score nor a diagnosis.
 */
export const screenings = pgTable(
  "screenings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    clientMembershipId: uuid("client_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    status: screeningStatus("status").notNull().default("in_progress"),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    result: jsonb("result").$type<Record<string, unknown>>(),
    safety: boolean("safety").notNull().default(false),
    referralSuggested: boolean("referral_suggested").notNull().default(false),
    requestedByUserId: text("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedByUserId: text("acknowledged_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("screenings_client_idx").on(t.orgId, t.clientMembershipId, t.createdAt),
    // At most one screening in progress per client: a second intake submission finds it.
    uniqueIndex("screenings_open_idx").on(t.clientMembershipId).where(sql`status = 'in_progress'`),
    tenantPolicy("screenings"),
  ],
).enableRLS();

/** Success inventory (Phase 1): a past mastery experience in the client's own words. */
export const successEntries = pgTable(
  "success_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    clientMembershipId: uuid("client_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    domain: text("domain").notNull(),
    answers: jsonb("answers").$type<Record<string, string>>().notNull().default({}),
    status: successEntryStatus("status").notNull().default("draft"),
    pinnedAt: timestamp("pinned_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("success_entries_client_idx").on(t.orgId, t.clientMembershipId, t.createdAt), tenantPolicy("success_entries")],
).enableRLS();

/** A guided reliving session (Phase 2) on one inventory entry. */
export const relivingSessions = pgTable(
  "reliving_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    clientMembershipId: uuid("client_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    successEntryId: uuid("success_entry_id").notNull().references(() => successEntries.id, { onDelete: "cascade" }),
    stepIndex: integer("step_index").notNull().default(0),
    anchorCue: text("anchor_cue"),
    capabilityStatement: text("capability_statement"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reliving_sessions_client_idx").on(t.orgId, t.clientMembershipId), tenantPolicy("reliving_sessions")],
).enableRLS();

/** Wins journal: any size of win, a few words, a date. */
export const journalEntries = pgTable(
  "journal_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    clientMembershipId: uuid("client_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    clientKey: text("client_key").notNull(),
    text: text("text").notNull(),
    occurredOn: date("occurred_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("journal_entries_client_idx").on(t.orgId, t.clientMembershipId, t.occurredOn),
    uniqueIndex("journal_entries_client_key_idx").on(t.orgId, t.clientKey),
    check("journal_entries_text", sql`char_length(${t.text}) between 1 and 280`),
    tenantPolicy("journal_entries"),
  ],
).enableRLS();
