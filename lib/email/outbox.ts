import { and, asc, eq, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { devMailboxEnabled, env } from "@/lib/env";
import { devTransport, resendTransport, type Transport } from "./transport";

export interface EmailMessage {
  subject: string;
  html: string;
  text: string;
}

export interface EnqueueEmailInput {
  /** Same key, same email: a double click or a retried job never sends twice. */
  idempotencyKey: string;
  to: string;
  kind: string;
  orgId?: string | null;
  message: EmailMessage;
  meta?: Record<string, string>;
}

const MAX_ATTEMPTS = 5;

export function transportFromEnv(): Transport {
  const key = env().RESEND_API_KEY;
  if (key) return resendTransport(key);
  if (devMailboxEnabled()) return devTransport;
  throw new Error("RESEND_API_KEY is required in production: without it no email can be delivered.");
}

/** Puts an email in the outbox. Returns the row id (the existing one for a repeated key). */
export async function enqueueEmail(db: Database, input: EnqueueEmailInput): Promise<string> {
  const [inserted] = await db
    .insert(emailOutbox)
    .values({
      idempotencyKey: input.idempotencyKey,
      toAddress: input.to,
      kind: input.kind,
      orgId: input.orgId ?? null,
      subject: input.message.subject,
      html: input.message.html,
      text: input.message.text,
      meta: input.meta ?? null,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  if (inserted) return inserted.id;
  const [existing] = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(eq(emailOutbox.idempotencyKey, input.idempotencyKey));
  if (!existing) throw new Error("Outbox row vanished after a conflicting insert");
  return existing.id;
}

/**
 * Delivers pending outbox rows (one by id, or the oldest batch). Rows are locked with
 * SKIP LOCKED so any number of app instances and workers can deliver side by side.
 */
export async function deliverPendingEmails(
  db: Database,
  options: { id?: string; limit?: number; transport?: Transport } = {},
): Promise<{ sent: number; failed: number }> {
  const transport = options.transport ?? transportFromEnv();
  const from = env().MAIL_FROM;
  let sent = 0;
  let failed = 0;
  await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.status, "pending"),
          lt(emailOutbox.attempts, MAX_ATTEMPTS),
          options.id ? eq(emailOutbox.id, options.id) : undefined,
        ),
      )
      .orderBy(asc(emailOutbox.createdAt))
      .limit(options.limit ?? 20)
      .for("update", { skipLocked: true });
    for (const row of rows) {
      try {
        const { providerMessageId } = await transport.send({
          from,
          to: row.toAddress,
          subject: row.subject,
          html: row.html,
          text: row.text,
          idempotencyKey: row.idempotencyKey,
        });
        await tx
          .update(emailOutbox)
          .set({ status: "sent", transport: transport.name, providerMessageId, sentAt: new Date(), attempts: sql`${emailOutbox.attempts} + 1`, lastError: null })
          .where(eq(emailOutbox.id, row.id));
        sent += 1;
      } catch (error) {
        const attempts = row.attempts + 1;
        await tx
          .update(emailOutbox)
          .set({ attempts, lastError: String(error instanceof Error ? error.message : error), status: attempts >= MAX_ATTEMPTS ? "failed" : "pending" })
          .where(eq(emailOutbox.id, row.id));
        failed += 1;
      }
    }
  });
  return { sent, failed };
}

/** Enqueue and deliver at once (a person is waiting for it); a failure stays queued for the worker. */
export async function sendEmail(db: Database, input: EnqueueEmailInput): Promise<void> {
  const id = await enqueueEmail(db, input);
  await deliverPendingEmails(db, { id });
}
