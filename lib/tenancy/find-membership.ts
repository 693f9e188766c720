import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import type { MembershipRole } from "./roles";
import { withUser } from "./scope";

export interface MembershipContext {
  membershipId: string;
  role: MembershipRole;
  coachMembershipId: string | null;
  org: { id: string; name: string; slug: string; timezone: string };
}

/** The caller's membership in the organization at `slug`, or null: not a member reads as not found. */
export async function findMembershipBySlug(
  db: Database,
  { userId, slug }: { userId: string; slug: string },
): Promise<MembershipContext | null> {
  return withUser(db, userId, async (tx) => {
    const [row] = await tx
      .select({
        membershipId: memberships.id,
        role: memberships.role,
        coachMembershipId: memberships.coachMembershipId,
        org: { id: organizations.id, name: organizations.name, slug: organizations.slug, timezone: organizations.timezone },
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, userId), eq(organizations.slug, slug)))
      .limit(1);
    return row ?? null;
  });
}
