import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { memberships, users } from "@/db/schema";

export async function findClientCoach(tx: Queryable, { orgId, coachMembershipId }: { orgId: string; coachMembershipId: string }) {
  const [row] = await tx
    .select({ name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, coachMembershipId)));
  return row ?? null;
}
