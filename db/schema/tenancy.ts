import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  index,
  pgEnum,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { currentInvitationTokenHash, currentOrgId, currentUserId } from "./rls";
import { tenantPolicy } from "./tenant-policy";

export const membershipRole = pgEnum("membership_role", ["owner", "admin", "coach", "client"]);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    timezone: text("timezone").notNull().default("UTC"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    // Visible when it is the request's tenant, or when the caller is a member
    // (the organization switcher lists them before any tenant is chosen).
    pgPolicy("organizations_tenant", {
      for: "all",
      using: sql`id = ${currentOrgId} or id in (select m.org_id from memberships m where m.user_id = ${currentUserId})`,
      withCheck: sql`id = ${currentOrgId}`,
    }),
  ],
).enableRLS();

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull(),
    // A client's coach: another membership of the same organization.
    coachMembershipId: uuid("coach_membership_id").references((): AnyPgColumn => memberships.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_idx").on(t.orgId, t.userId),
    index("memberships_user_idx").on(t.userId),
    pgPolicy("memberships_tenant", {
      for: "all",
      using: sql`org_id = ${currentOrgId} or user_id = ${currentUserId}`,
      withCheck: sql`org_id = ${currentOrgId}`,
    }),
  ],
).enableRLS();

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: membershipRole("role").notNull(),
    coachMembershipId: uuid("coach_membership_id").references(() => memberships.id, {
      onDelete: "set null",
    }),
    // Only the SHA-256 of the token is stored; the token itself exists only in the email.
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: text("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedByUserId: text("accepted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open invitation per address and organization: re-inviting refreshes it.
    uniqueIndex("invitations_open_idx")
      .on(t.orgId, t.email)
      .where(sql`accepted_at is null and revoked_at is null`),
    // The invitee is not a member yet: holding the token is what makes the row visible.
    pgPolicy("invitations_tenant", {
      for: "all",
      using: sql`org_id = ${currentOrgId} or token_hash = ${currentInvitationTokenHash}`,
      withCheck: sql`org_id = ${currentOrgId}`,
    }),
  ],
).enableRLS();

export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subject: text("subject"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_org_created_idx").on(t.orgId, t.createdAt),
    tenantPolicy("audit_log"),
  ],
).enableRLS();
