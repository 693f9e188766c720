import { eq } from "drizzle-orm";
import { type Database, createDatabase } from "@/db/client";
import { clientProfiles, memberships, users } from "@/db/schema";
import { createOrganization } from "@/lib/tenancy/create-organization";
import { enterTenant } from "@/lib/tenancy/scope";

let owner: Database | undefined;

/** An owner (superuser) connection to the e2e database: arranging rows and checking them. */
export function ownerDb(): Database {
  const url = process.env.E2E_OWNER_DATABASE_URL;
  if (!url) throw new Error("E2E_OWNER_DATABASE_URL is not set: run the end-to-end tests through `npm run test:e2e`.");
  owner ??= createDatabase(url, { max: 2 });
  return owner;
}

export type ArrangedPractice = Awaited<ReturnType<typeof arrangePractice>>;

/**
 * A practice with an owner-coach and one client, created directly (the UI path has its own
 * test). The client's intake is done unless `intakeDone: false`, so specs about other
 * features land straight in the client portal.
 */
export async function arrangePractice(label: string, options: { intakeDone?: boolean } = {}) {
  const db = ownerDb();
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const [coach] = await db.insert(users).values({ email: `coach-${label}-${suffix}@example.com`, name: `Coach ${label}` }).returning();
  const [client] = await db.insert(users).values({ email: `client-${label}-${suffix}@example.com`, name: `Client ${label}` }).returning();
  const name = `Practice ${label} ${suffix}`;
  const org = await createOrganization(db, { userId: coach!.id, input: { name, slug: `${label}-${suffix}`, timezone: "UTC" } });
  const ids = await db.transaction(async (tx) => {
    await enterTenant(tx, { orgId: org.id, userId: null });
    const [coachMembership] = await tx.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, coach!.id));
    const [clientMembership] = await tx
      .insert(memberships)
      .values({ orgId: org.id, userId: client!.id, role: "client", coachMembershipId: coachMembership!.id })
      .returning({ id: memberships.id });
    if (options.intakeDone !== false) {
      await tx.insert(clientProfiles).values({ membershipId: clientMembership!.id, orgId: org.id, goals: "Arranged for a test", intakeCompletedAt: new Date() });
    }
    return { coachMembershipId: coachMembership!.id, clientMembershipId: clientMembership!.id };
  });
  return { org: { ...org, name }, coach: coach!, client: client!, ...ids };
}
