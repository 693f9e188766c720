import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { memberships, users } from "@/db/schema";

export interface ClientSummary {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  coachMembershipId: string | null;
}

/** A client of the organization by membership id; null for anything else (another org, a coach). */
export async function findClient(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<ClientSummary | null> {
  if (!/^[0-9a-f-]{36}$/i.test(clientMembershipId)) return null;
  const [row] = await tx
    .select({ membershipId: memberships.id, userId: users.id, name: users.name, email: users.email, coachMembershipId: memberships.coachMembershipId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, clientMembershipId), eq(memberships.role, "client")));
  return row ?? null;
}
