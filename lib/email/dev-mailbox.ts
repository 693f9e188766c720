import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";

// The development mailbox: what the dev transport "delivered". Only routed when
// devMailboxEnabled(), never in a real deployment.
export async function listDevMail(db: Database, { limit = 50 }: { limit?: number } = {}) {
  return db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      kind: emailOutbox.kind,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.transport, "dev"))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findDevMail(db: Database, { id }: { id: string }) {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return row && row.transport === "dev" ? row : null;
}
