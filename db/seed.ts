import { eq } from "drizzle-orm";
import { assignLadder, assignLadderSchema } from "@/lib/assignments/assign-ladder";
import { createLadderFromTemplate } from "@/lib/ladders/create-ladder-from-template";
import { findLadderForEditing } from "@/lib/ladders/find-ladder";
import { publishLadderVersion } from "@/lib/ladders/publish-ladder";
import { enterTenant } from "@/lib/tenancy/scope";
import type { Database } from "./client";
import { clientProfiles, memberships, organizations, users } from "./schema";
import { DEMO_ORG, DEMO_PEOPLE } from "./seed-data";

/**
 * Creates the demo practice: an owner who coaches and three clients, the public-speaking
 * ladder published from the template library and assigned to the first client (whose intake
 * is done, so she lands straight on her first level). The others start with the intake.
 * Goes through the product's own functions. Idempotent: an existing demo practice is left as it is.
 */
export async function seedDemoPractice(db: Database): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, DEMO_ORG.slug));
    if (existing) return { created: false };
    const orgId = crypto.randomUUID();
    await enterTenant(tx, { orgId, userId: null });
    await tx.insert(organizations).values({ id: orgId, ...DEMO_ORG });
    let coachMembershipId: string | null = null;
    let coachUserId: string | null = null;
    const clientMembershipIds: string[] = [];
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
      if (person.role !== "client") {
        coachMembershipId = membership!.id;
        coachUserId = user!.id;
      } else clientMembershipIds.push(membership!.id);
    }

    const [firstClient] = clientMembershipIds;
    if (firstClient) {
      await tx.insert(clientProfiles).values({ membershipId: firstClient, orgId, goals: "Speak up in team meetings without dreading it.", intakeCompletedAt: new Date() });
      const scope = { orgId, userId: coachUserId };
      const { ladderId } = await createLadderFromTemplate(tx, { ...scope, templateKey: "public-speaking", clientKey: crypto.randomUUID() });
      const ladder = await findLadderForEditing(tx, { orgId, ladderId });
      if (!ladder) throw new Error("The demo ladder was not created");
      await publishLadderVersion(tx, { ...scope, ladderId, versionId: ladder.latest.id, revision: ladder.latest.revision });
      const input = assignLadderSchema.parse({ ladderId, startAt: "1", cadencePerWeek: "2", clientKey: crypto.randomUUID() });
      await assignLadder(tx, { ...scope, clientMembershipId: firstClient, input });
    }
    return { created: true };
  });
}
