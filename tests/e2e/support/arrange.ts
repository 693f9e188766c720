import { type Database, createDatabase } from "@/db/client";
import { memberships, users } from "@/db/schema";
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

/** A practice with an owner-coach and one client, created directly (the UI path has its own test). */
export async function arrangePractice(label: string) {
  const db = ownerDb();
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const [coach] = await db.insert(users).values({ email: `coach-${label}-${suffix}@example.com`, name: `Coach ${label}` }).returning();
  const [client] = await db.insert(users).values({ email: `client-${label}-${suffix}@example.com`, name: `Client ${label}` }).returning();
  const org = await createOrganization(db, {
    userId: coach!.id,
    input: { name: `Practice ${label} ${suffix}`, slug: `${label}-${suffix}`, timezone: "UTC" },
  });
  await db.transaction(async (tx) => {
    await enterTenant(tx, { orgId: org.id, userId: null });
    await tx.insert(memberships).values({ orgId: org.id, userId: client!.id, role: "client" });
  });
  return { org: { ...org, name: `Practice ${label} ${suffix}` }, coach: coach!, client: client! };
}
