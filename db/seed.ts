import { eq } from "drizzle-orm";
import { enterTenant } from "@/lib/tenancy/scope";
import type { Database } from "./client";
import { memberships, organizations, users } from "./schema";
import { DEMO_ORG, DEMO_PEOPLE } from "./seed-data";

/**
 * Creates the demo practice: an owner who coaches and three clients. Idempotent: running
 * it again leaves an existing demo practice as it is.
 */
export async function seedDemoPractice(db: Database): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_ORG.slug));
    if (existing) return { created: false };
    const orgId = crypto.randomUUID();
    await enterTenant(tx, { orgId, userId: null });
    await tx.insert(organizations).values({ id: orgId, ...DEMO_ORG });
    let coachMembershipId: string | null = null;
    for (const person of DEMO_PEOPLE) {
      const [user] = await tx
        .insert(users)
        .values({ email: person.email, name: person.name, emailVerified: new Date() })
        .onConflictDoUpdate({ target: users.email, set: { name: person.name } })
        .returning({ id: users.id });
      const [membership]: { id: string }[] = await tx
        .insert(memberships)
        .values({ orgId, userId: user!.id, role: person.role, coachMembershipId: person.role === "client" ? coachMembershipId : null })
        .returning({ id: memberships.id });
      if (person.role !== "client") coachMembershipId = membership!.id;
    }
    return { created: true };
  });
}
