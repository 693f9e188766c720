import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import type { MembershipRole } from "./roles";
import { withUser } from "./scope";

export interface UserOrganization {
  slug: string;
  name: string;
  role: MembershipRole;
}

/** Every organization the user belongs to, for the organization switcher. */
export async function listUserOrganizations(db: Database, { userId }: { userId: string }): Promise<UserOrganization[]> {
  return withUser(db, userId, (tx) =>
    tx
      .select({ slug: organizations.slug, name: organizations.name, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organizations.name)),
  );
}
