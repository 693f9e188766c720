import type { Adapter } from "@auth/core/adapters";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Database } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";

/**
 * The Drizzle adapter with an absolute session lifetime on top of Auth.js's sliding
 * expiry (which is the idle timeout): a session older than `maxLifetimeMs` is deleted
 * and reads as signed out, however active it was.
 */
export function footholdAdapter(db: Database, { maxLifetimeMs }: { maxLifetimeMs: number }): Adapter {
  const base = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...base,
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(sessionToken);
      if (!found) return null;
      const createdAt = (found.session as { createdAt?: Date }).createdAt;
      if (createdAt && Date.now() - new Date(createdAt).getTime() > maxLifetimeMs) {
        await base.deleteSession!(sessionToken);
        return null;
      }
      return found;
    },
  };
}
