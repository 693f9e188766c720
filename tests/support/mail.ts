import { and, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { emailOutbox } from "@/db/schema";

/** The newest email to `to` of `kind`, read from the outbox as the dev mailbox would. */
export async function latestEmail(owner: Database, to: string, kind: string) {
  const [row] = await owner
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), eq(emailOutbox.kind, kind)))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return row ?? null;
}

export function invitationTokenIn(text: string): string {
  const match = text.match(/\/invitations\/([A-Za-z0-9_-]{43})/);
  if (!match?.[1]) throw new Error(`No invitation link in:\n${text}`);
  return match[1];
}
