import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { memberships, users } from "@/db/schema";

const coach = alias(memberships, "coach");
const coachUser = alias(users, "coach_user");

/**
 * Who hears about a client's safety answer: the client's coach, or — when the client has
 * none (their coach left) — every owner and admin of the practice, so it never goes unread.
 */
export async function screeningAlertRecipients(tx: Queryable, { orgId, clientMembershipId }: { orgId: string; clientMembershipId: string }): Promise<string[]> {
  const [row] = await tx
    .select({ coachEmail: coachUser.email })
    .from(memberships)
    .leftJoin(coach, and(eq(coach.id, memberships.coachMembershipId), eq(coach.orgId, orgId)))
    .leftJoin(coachUser, eq(coachUser.id, coach.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, clientMembershipId)));
  if (row?.coachEmail) return [row.coachEmail];
  const admins = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, ["owner", "admin"])));
  return [...new Set(admins.map((a) => a.email))];
}
