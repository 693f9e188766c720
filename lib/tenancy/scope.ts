import { sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";

export interface TenantScope {
  orgId: string;
  userId: string;
}

/**
 * Runs `fn` in a transaction whose row-level-security settings name the tenant and the
 * caller. Settings are transaction-local (`set_config(..., true)`), so a pooled
 * connection never carries one request's tenant into the next.
 * Query functions still put `org_id = …` in their own WHERE: RLS is the second wall.
 */
export async function withTenant<T>(db: Database, scope: TenantScope, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.org_id', ${scope.orgId}, true), set_config('app.user_id', ${scope.userId}, true)`,
    );
    return fn(tx);
  });
}

/** The caller's own rows across organizations (their memberships, for the switcher). */
export async function withUser<T>(db: Database, userId: string, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
    return fn(tx);
  });
}

/**
 * Switches the tenant inside an open transaction, after an invitation token has proved
 * which organization the caller may see. Only invitation code has such a proof.
 */
export async function enterTenant(tx: Transaction, scope: { orgId: string; userId: string | null }): Promise<void> {
  await tx.execute(
    sql`select set_config('app.org_id', ${scope.orgId}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`,
  );
}

/** An invitee is not a member yet: the token they hold is what makes their invitation visible. */
export async function withInvitationToken<T>(
  db: Database,
  { tokenHash, userId }: { tokenHash: string; userId: string | null },
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.invitation_token_hash', ${tokenHash}, true), set_config('app.user_id', ${userId ?? ""}, true)`,
    );
    return fn(tx);
  });
}
