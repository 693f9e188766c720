import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, clientProfiles, ladderVersions, organizations } from "@/db/schema";
import { seedDemoPractice } from "@/db/seed";
import { DEMO_ORG } from "@/db/seed-data";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("the demo practice", () => {
  it("is seeded once, with a published ladder assigned to a client whose intake is done", async () => {
    expect(await seedDemoPractice(t.owner)).toEqual({ created: true });
    expect(await seedDemoPractice(t.owner)).toEqual({ created: false });
    const [org] = await t.owner.select().from(organizations).where(eq(organizations.slug, DEMO_ORG.slug));
    const versions = await t.owner.select().from(ladderVersions).where(eq(ladderVersions.orgId, org!.id));
    expect(versions.map((v) => [v.title, v.status])).toEqual([["Public speaking", "published"]]);
    const assigned = await t.owner.select().from(assignments).where(eq(assignments.orgId, org!.id));
    expect(assigned).toHaveLength(1);
    expect(assigned[0]).toMatchObject({ status: "active", cadencePerWeek: 2 });
    const [profile] = await t.owner.select().from(clientProfiles).where(eq(clientProfiles.membershipId, assigned[0]!.clientMembershipId));
    expect(profile?.intakeCompletedAt).not.toBeNull();
  });
});
