import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// System tables: written by the platform itself (mail delivery, rate limiting), never
// read by a tenant request, so they sit outside tenant row-level security.

export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed"]);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // The same key twice is the same email: enqueueing is idempotent.
    idempotencyKey: text("idempotency_key").notNull().unique(),
    orgId: uuid("org_id"),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    kind: text("kind").notNull(),
    // Where it went: "resend" or "dev" (the development mailbox at /dev/mail).
    transport: text("transport"),
    providerMessageId: text("provider_message_id"),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    meta: jsonb("meta").$type<Record<string, string>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("email_outbox_status_idx").on(t.status, t.createdAt),
    index("email_outbox_to_idx").on(t.toAddress, t.createdAt),
  ],
);

export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bucket: text("bucket").notNull(),
    key: text("key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limit_hits_bucket_key_idx").on(t.bucket, t.key, t.createdAt)],
);
