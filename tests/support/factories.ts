import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { createOrganization } from "@/lib/tenancy/create-organization";
import { enterTenant } from "@/lib/tenancy/scope";

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

/** A user as Auth.js would create it on first sign-in (users are global: no RLS). */
export async function createUser(db: Database, email = `person-${uniqueSuffix()}@example.com`, name: string | null = null) {
  const [user] = await db.insert(users).values({ email, name, emailVerified: new Date() }).returning();
  return user!;
}

/** A practice with its owner, created through the product's own path. */
export async function createPractice(db: Database, label = "practice") {
  const owner = await createUser(db, `owner-${label}-${uniqueSuffix()}@example.com`, `Owner of ${label}`);
  const slug = `${label}-${uniqueSuffix()}`;
  const org = await createOrganization(db, { userId: owner.id, input: { name: `Practice ${label}`, slug, timezone: "UTC" } });
  return { owner, org };
}

/** A new user made a client of the organization (arranged through an owner connection). */
export async function addClient(
  t: { db: Database; owner: Database },
  { orgId, coachMembershipId = null }: { orgId: string; coachMembershipId?: string | null },
) {
  const user = await createUser(t.db);
  const membershipId = await t.owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId, userId: null });
    const [row] = await tx.insert(memberships).values({ orgId, userId: user.id, role: "client", coachMembershipId }).returning({ id: memberships.id });
    return row!.id;
  });
  return { user, membershipId };
}
