import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sessions } from "@/db/schema";

/** Ends every session of the user, on every device. */
export async function signOutEverywhere(db: Database, { userId }: { userId: string }): Promise<number> {
  const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ token: sessions.sessionToken });
  return deleted.length;
}
