import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { memberships, users } from "@/db/schema";

const coachMembership = alias(memberships, "coach_membership");
const coachUser = alias(users, "coach_user");

/** The organization's clients with their coach, in one query. */
export async function listClients(tx: Queryable, { orgId }: { orgId: string }) {
  return tx
    .select({
      membershipId: memberships.id,
      name: users.name,
      email: users.email,
      joinedAt: memberships.createdAt,
      coachName: coachUser.name,
      coachEmail: coachUser.email,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(coachMembership, eq(coachMembership.id, memberships.coachMembershipId))
    .leftJoin(coachUser, eq(coachUser.id, coachMembership.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, "client")))
    .orderBy(asc(users.email));
}
