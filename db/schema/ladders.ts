import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberships, organizations } from "./tenancy";
import { tenantPolicy } from "./tenant-policy";

export const ladderStatus = pgEnum("ladder_status", ["draft", "published", "archived"]);
export const assignmentStatus = pgEnum("assignment_status", ["active", "paused", "ended", "completed"]);

/** A ladder's identity in the practice's library; its content lives in versions. */
export const ladders = pgTable(
  "ladders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    templateKey: text("template_key"),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ladders_org_idx").on(t.orgId), tenantPolicy("ladders")],
).enableRLS();

/**
 * One version of a ladder. A draft is edited in place; a published version is never
 * rewritten (clients keep the version they were assigned); editing it starts a new draft.
 * `revision` increments on every edit: a save carrying an older revision is a conflict.
 */
export const ladderVersions = pgTable(
  "ladder_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    ladderId: uuid("ladder_id").notNull().references(() => ladders.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: ladderStatus("status").notNull().default("draft"),
    title: text("title").notNull(),
    skill: text("skill").notNull(),
    description: text("description").notNull().default(""),
    revision: integer("revision").notNull().default(1),
    updatedByUserId: text("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ladder_versions_ladder_version_idx").on(t.ladderId, t.version),
    index("ladder_versions_org_idx").on(t.orgId),
    tenantPolicy("ladder_versions"),
  ],
).enableRLS();

export const ladderLevels = pgTable(
  "ladder_levels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    ladderVersionId: uuid("ladder_version_id").notNull().references(() => ladderVersions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    instructions: text("instructions").notNull(),
    successCriteria: text("success_criteria").notNull(),
    difficulty: integer("difficulty").notNull(),
    masteryCount: integer("mastery_count").notNull().default(1),
    coachConfirms: boolean("coach_confirms").notNull().default(false),
  },
  (t) => [
    index("ladder_levels_version_idx").on(t.ladderVersionId, t.position),
    check("ladder_levels_difficulty", sql`${t.difficulty} between 1 and 10`),
    check("ladder_levels_mastery_count", sql`${t.masteryCount} between 1 and 20`),
    tenantPolicy("ladder_levels"),
  ],
).enableRLS();

/** A client working on one version of a ladder. */
export const assignments = pgTable(
  "assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    clientMembershipId: uuid("client_membership_id").notNull().references(() => memberships.id, { onDelete: "cascade" }),
    ladderId: uuid("ladder_id").notNull().references(() => ladders.id, { onDelete: "restrict" }),
    ladderVersionId: uuid("ladder_version_id").notNull().references(() => ladderVersions.id, { onDelete: "restrict" }),
    /** Null once the ladder is complete. */
    currentLevelId: uuid("current_level_id").references(() => ladderLevels.id, { onDelete: "restrict" }),
    /** When the current level became current: attempts before it do not count towards it. */
    currentSince: timestamp("current_since", { withTimezone: true }).notNull().defaultNow(),
    startPosition: integer("start_position").notNull().default(0),
    cadencePerWeek: integer("cadence_per_week"),
    dueOn: date("due_on", { mode: "string" }),
    status: assignmentStatus("status").notNull().default("active"),
    assignedByUserId: text("assigned_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("assignments_client_idx").on(t.orgId, t.clientMembershipId),
    check("assignments_cadence", sql`${t.cadencePerWeek} is null or ${t.cadencePerWeek} between 1 and 14`),
    tenantPolicy("assignments"),
  ],
).enableRLS();

/** Levels mastered on an assignment: the history "newly mastered" and the ladder view read. */
export const levelMasteries = pgTable(
  "level_masteries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    assignmentId: uuid("assignment_id").notNull().references(() => assignments.id, { onDelete: "cascade" }),
    levelId: uuid("level_id").notNull().references(() => ladderLevels.id, { onDelete: "restrict" }),
    masteredAt: timestamp("mastered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("level_masteries_assignment_level_idx").on(t.assignmentId, t.levelId), tenantPolicy("level_masteries")],
).enableRLS();
