import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempts, memberships, reflections } from "@/db/schema";
import { TAGGER_VERSION } from "@/lib/attribution";
import { correctReflection, correctionSchema } from "@/lib/reflections/correct-reflection";
import { listOrganizationIds, retagStaleReflections } from "@/lib/reflections/retag-stale-reflections";
import { saveReflection } from "@/lib/reflections/save-reflection";
import { withTenant } from "@/lib/tenancy/scope";
import { createPractice, createUser, uniqueSuffix } from "../support/factories";
import { arrangeAssignment } from "../support/ladder-factory";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

async function reflection(label: string, text: string) {
  const practice = await createPractice(t.db, label);
  const user = await createUser(t.db, `client-${uniqueSuffix()}@example.com`);
  const [membership] = await t.owner.insert(memberships).values({ orgId: practice.org.id, userId: user.id, role: "client" }).returning();
  const { assignment, levels } = await arrangeAssignment(t.owner, { orgId: practice.org.id, clientMembershipId: membership!.id });
  const [attempt] = await t.owner
    .insert(attempts)
    .values({ orgId: practice.org.id, assignmentId: assignment.id, levelId: levels[0]!.id, clientMembershipId: membership!.id, clientKey: crypto.randomUUID(), status: "recorded", confidenceBefore: 50, outcome: "success" })
    .returning();
  const saved = await withTenant(t.db, { orgId: practice.org.id, userId: user.id }, (tx) =>
    saveReflection(tx, { orgId: practice.org.id, clientMembershipId: membership!.id, outcome: "success", text, attemptId: attempt!.id }),
  );
  return { practice, saved };
}

const row = async (id: string) => (await t.owner.select().from(reflections).where(eq(reflections.id, id)))[0]!;

describe("re-tagging stored reflections after a tagger change", () => {
  it("re-tags stale rows in every organization, leaves coach corrections alone, and finds nothing the second time", async () => {
    const a = await reflection("retag-a", "The audience was really kind, and I was lucky with the running order.");
    const b = await reflection("retag-b", "I practised every night for a week.");
    const current = await reflection("retag-c", "I planned each step and it worked.");
    await withTenant(t.db, { orgId: a.practice.org.id, userId: a.practice.owner.id }, (tx) =>
      correctReflection(tx, { orgId: a.practice.org.id, userId: a.practice.owner.id, reflectionId: a.saved.id, correction: correctionSchema.parse({ causes: ["effort"], flags: ["internal_controllable"], note: "Kept" }) }),
    );
    // As if tagged by an older tagger: stale version, an outdated label.
    const oldTag = { causes: ["task"], locus: "external", flags: ["minimizing"], evidence: {} };
    await t.owner.update(reflections).set({ taggerVersion: "old", tag: oldTag }).where(eq(reflections.id, a.saved.id));
    await t.owner.update(reflections).set({ taggerVersion: null, tag: null }).where(eq(reflections.id, b.saved.id));
    const untouched = await row(current.saved.id);

    const orgIds = await listOrganizationIds(t.owner);
    expect(orgIds).toEqual(expect.arrayContaining([a.practice.org.id, b.practice.org.id, current.practice.org.id]));
    // The app's role re-tags, one tenant at a time.
    const batches: number[] = [];
    const counts = await retagStaleReflections(t.db, { orgIds, batchSize: 1, onBatch: (_org, count) => batches.push(count) });
    expect(counts).toEqual({ organizations: orgIds.length, retagged: 2 });
    expect(batches).toEqual([1, 1]);

    const retagged = await row(a.saved.id);
    expect(retagged.taggerVersion).toBe(TAGGER_VERSION);
    expect(retagged.tag).toEqual(a.saved.tag);
    expect(retagged).toMatchObject({ coachCauses: ["effort"], coachFlags: ["internal_controllable"], coachNote: "Kept", correctedByUserId: a.practice.owner.id });
    expect(retagged.text).toBe(a.saved.text);
    expect((await row(b.saved.id)).tag).toEqual(b.saved.tag);
    expect(await row(current.saved.id)).toEqual(untouched);

    expect(await retagStaleReflections(t.db, { orgIds })).toEqual({ organizations: orgIds.length, retagged: 0 });
  });

  it("sees no organization through the app's own role, which is why the script lists them as the owner", async () => {
    await createPractice(t.db, "hidden");
    expect(await listOrganizationIds(t.db)).toEqual([]);
  });
});
