import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attempts, clientProfiles, memberships, reflections } from "@/db/schema";
import { addToReflection } from "@/lib/reflections/add-to-reflection";
import { shouldAskAttributionQuestion } from "@/lib/reflections/attribution-question";
import { findClientReflection } from "@/lib/reflections/find-client-reflection";
import { saveReflection } from "@/lib/reflections/save-reflection";
import { findAttributionNudge, setAttributionNudge } from "@/lib/reflections/set-attribution-nudge";
import { withTenant } from "@/lib/tenancy/scope";
import { createPractice, createUser, uniqueSuffix } from "../support/factories";
import { arrangeAssignment } from "../support/ladder-factory";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

type Practice = Awaited<ReturnType<typeof createPractice>>;

async function arrangeClient(practice: Practice, name: string) {
  const user = await createUser(t.db, `${name.toLowerCase()}-${uniqueSuffix()}@example.com`, name);
  const [membership] = await t.owner.insert(memberships).values({ orgId: practice.org.id, userId: user.id, role: "client" }).returning();
  const { assignment, levels } = await arrangeAssignment(t.owner, { orgId: practice.org.id, clientMembershipId: membership!.id });
  const scope = { orgId: practice.org.id, userId: user.id };
  return { user, membershipId: membership!.id, assignmentId: assignment.id, levelId: levels[0]!.id, scope };
}

type Client = Awaited<ReturnType<typeof arrangeClient>>;

async function reflect(practice: Practice, client: Client, text: string) {
  const [attempt] = await t.owner
    .insert(attempts)
    .values({ orgId: practice.org.id, assignmentId: client.assignmentId, levelId: client.levelId, clientMembershipId: client.membershipId, clientKey: crypto.randomUUID(), status: "recorded", confidenceBefore: 40, outcome: "success" })
    .returning();
  return withTenant(t.db, client.scope, (tx) =>
    saveReflection(tx, { orgId: practice.org.id, clientMembershipId: client.membershipId, outcome: "success", text, attemptId: attempt!.id, answers: { what: text } }),
  );
}

const LUCKY = "The audience was really kind, and I was lucky with the running order.";

const find = (practice: Practice, client: Client, reflectionId: string) =>
  withTenant(t.db, client.scope, (tx) => findClientReflection(tx, { orgId: practice.org.id, clientMembershipId: client.membershipId, reflectionId }));
const add = (practice: Practice, client: Client, reflectionId: string, addition: string) =>
  withTenant(t.db, client.scope, (tx) => addToReflection(tx, { orgId: practice.org.id, clientMembershipId: client.membershipId, reflectionId, addition }));
const stored = async (id: string) => (await t.owner.select().from(reflections).where(eq(reflections.id, id)))[0]!;

describe("the in-the-moment attribution question", () => {
  let p: Practice;
  let ana: Client;
  let ben: Client;
  beforeAll(async () => {
    p = await createPractice(t.db, "nudge");
    ana = await arrangeClient(p, "Ana");
    ben = await arrangeClient(p, "Ben");
  });

  it("is asked about a success credited away, and the answer is added to the reflection and tagged again", async () => {
    const saved = await reflect(p, ana, LUCKY);
    const found = await find(p, ana, saved.id);
    expect(found).toMatchObject({ text: LUCKY, machineFlags: ["external_success"], nudgeEnabled: true, attributionPromptedAt: null });
    expect(shouldAskAttributionQuestion({ outcome: found!.outcome, flags: found!.machineFlags, nudgeEnabled: found!.nudgeEnabled, alreadyAsked: found!.attributionPromptedAt !== null })).toBe(true);

    const result = await add(p, ana, saved.id, "  I rehearsed the opening five times and slowed my breathing.  ");
    expect(result).toEqual({ status: "added", reflection: { attemptId: saved.attemptId, successEntryId: null } });
    const row = await stored(saved.id);
    expect(row.text).toBe(`${LUCKY}\n\nI rehearsed the opening five times and slowed my breathing.`);
    expect(row.tag!.causes).toContain("effort");
    expect(row.tag!.flags).not.toContain("external_success");
    expect(row.answers).toEqual({ what: LUCKY });
    expect(row.attributionPromptedAt).toBeInstanceOf(Date);
  });

  it("is asked once: a second answer (or a double submit) adds nothing more", async () => {
    const saved = await reflect(p, ana, LUCKY);
    const results = await Promise.all([add(p, ana, saved.id, "I prepared my notes."), add(p, ana, saved.id, "I prepared my notes.")]);
    expect(results.map((result) => result.status).sort()).toEqual(["added", "already_asked"]);
    expect((await stored(saved.id)).text).toBe(`${LUCKY}\n\nI prepared my notes.`);

    expect((await add(p, ana, saved.id, "Something else entirely.")).status).toBe("already_asked");
    const found = await find(p, ana, saved.id);
    expect(shouldAskAttributionQuestion({ outcome: found!.outcome, flags: found!.machineFlags, nudgeEnabled: found!.nudgeEnabled, alreadyAsked: found!.attributionPromptedAt !== null })).toBe(false);
  });

  it("counts a skip as asked and leaves the text as it was", async () => {
    const saved = await reflect(p, ana, LUCKY);
    expect((await add(p, ana, saved.id, "   ")).status).toBe("skipped");
    const row = await stored(saved.id);
    expect(row.text).toBe(LUCKY);
    expect(row.tag).toEqual(saved.tag);
    expect(row.attributionPromptedAt).toBeInstanceOf(Date);
  });

  it("lets no client read or add to another client's reflection", async () => {
    const saved = await reflect(p, ana, LUCKY);
    expect(await find(p, ben, saved.id)).toBeNull();
    expect(await add(p, ben, saved.id, "I did it all.")).toEqual({ status: "not_found" });
    expect(await find(p, ben, "../../etc")).toBeNull();
    const row = await stored(saved.id);
    expect(row.text).toBe(LUCKY);
    expect(row.attributionPromptedAt).toBeNull();

    // Nor a client of another practice, even naming this practice's organization.
    const other = await createPractice(t.db, "other");
    const zed = await arrangeClient(other, "Zed");
    const foreign = await withTenant(t.db, zed.scope, (tx) => findClientReflection(tx, { orgId: p.org.id, clientMembershipId: ana.membershipId, reflectionId: saved.id }));
    expect(foreign).toBeNull();
  });

  it("is not asked once the coach switches it off for the client, and the setting is per client", async () => {
    const coach = { orgId: p.org.id, userId: p.owner.id };
    expect(await t.owner.select().from(clientProfiles).where(eq(clientProfiles.membershipId, ben.membershipId))).toEqual([]);
    expect(await withTenant(t.db, coach, (tx) => setAttributionNudge(tx, { orgId: p.org.id, clientMembershipId: ben.membershipId, enabled: false }))).toBe(true);
    expect(await withTenant(t.db, coach, (tx) => findAttributionNudge(tx, { orgId: p.org.id, clientMembershipId: ben.membershipId }))).toBe(false);
    expect(await withTenant(t.db, coach, (tx) => findAttributionNudge(tx, { orgId: p.org.id, clientMembershipId: ana.membershipId }))).toBe(true);

    const saved = await reflect(p, ben, LUCKY);
    const found = await find(p, ben, saved.id);
    expect(found!.nudgeEnabled).toBe(false);
    expect(shouldAskAttributionQuestion({ outcome: found!.outcome, flags: found!.machineFlags, nudgeEnabled: found!.nudgeEnabled, alreadyAsked: false })).toBe(false);

    // Switching back on updates the same profile row.
    await withTenant(t.db, coach, (tx) => setAttributionNudge(tx, { orgId: p.org.id, clientMembershipId: ben.membershipId, enabled: true }));
    expect(await t.owner.select().from(clientProfiles).where(eq(clientProfiles.membershipId, ben.membershipId))).toMatchObject([{ attributionNudgeEnabled: true, orgId: p.org.id }]);
  });

  it("cannot be switched for a client of another practice", async () => {
    const other = await createPractice(t.db, "elsewhere");
    const zed = await arrangeClient(other, "Zed");
    const coach = { orgId: p.org.id, userId: p.owner.id };
    expect(await withTenant(t.db, coach, (tx) => setAttributionNudge(tx, { orgId: p.org.id, clientMembershipId: zed.membershipId, enabled: false }))).toBe(false);
    expect(await withTenant(t.db, coach, (tx) => setAttributionNudge(tx, { orgId: p.org.id, clientMembershipId: p.owner.id, enabled: false }))).toBe(false);
    expect(await t.owner.select().from(clientProfiles).where(eq(clientProfiles.membershipId, zed.membershipId))).toEqual([]);
  });
});
