import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/client";
import { attempts, memberships, reflections, successEntries } from "@/db/schema";
import { parseJsonl } from "@/lib/attribution/evaluate";
import { clearCorrection } from "@/lib/reflections/clear-correction";
import { correctReflection, correctionSchema } from "@/lib/reflections/correct-reflection";
import { exportReflectionBatch, toJsonLine } from "@/lib/reflections/export-reflections";
import { listReflections } from "@/lib/reflections/list-reflections";
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

type Practice = Awaited<ReturnType<typeof createPractice>>;

async function arrangeClient(practice: Practice, name: string) {
  const user = await createUser(t.db, `${name.toLowerCase()}-${uniqueSuffix()}@example.com`, name);
  const [membership] = await t.owner.insert(memberships).values({ orgId: practice.org.id, userId: user.id, role: "client" }).returning();
  const { assignment, levels } = await arrangeAssignment(t.owner, { orgId: practice.org.id, clientMembershipId: membership!.id });
  return { user, membershipId: membership!.id, assignmentId: assignment.id, levelId: levels[0]!.id };
}

type Client = Awaited<ReturnType<typeof arrangeClient>>;

/** A recorded attempt with its reflection, saved the way the practice loop saves it. */
async function reflect(practice: Practice, client: Client, outcome: "success" | "setback", text: string) {
  const [attempt] = await t.owner
    .insert(attempts)
    .values({ orgId: practice.org.id, assignmentId: client.assignmentId, levelId: client.levelId, clientMembershipId: client.membershipId, clientKey: crypto.randomUUID(), status: "recorded", confidenceBefore: 40, outcome })
    .returning();
  return withTenant(t.db, { orgId: practice.org.id, userId: client.user.id }, (tx) =>
    saveReflection(tx, { orgId: practice.org.id, clientMembershipId: client.membershipId, outcome, text, attemptId: attempt!.id }),
  );
}

async function reflectOnInventory(practice: Practice, client: Client, text: string) {
  const [entry] = await t.owner.insert(successEntries).values({ orgId: practice.org.id, clientMembershipId: client.membershipId, title: "Finished the half marathon", domain: "athletic", status: "complete" }).returning();
  return withTenant(t.db, { orgId: practice.org.id, userId: client.user.id }, (tx) =>
    saveReflection(tx, { orgId: practice.org.id, clientMembershipId: client.membershipId, outcome: "success", text, successEntryId: entry!.id }),
  );
}

const coach = (practice: Practice) => ({ orgId: practice.org.id, userId: practice.owner.id });
const list = (practice: Practice, filters: Parameters<typeof listReflections>[1]["filters"] = {}, limit?: number) =>
  withTenant(t.db, coach(practice), (tx) => listReflections(tx, { orgId: practice.org.id, filters, limit }));
const correction = (input: { causes: string[]; flags: string[]; note?: string }) => correctionSchema.parse({ note: "", ...input });

const LUCKY = "The audience was really kind, and I was lucky with the running order.";
const PRACTISED = "I practised every night and rehearsed the opening until it was smooth.";
const NOT_GOOD = "I'm just not good at this, I'll never be a speaker.";

describe("the coach's reflection feed", () => {
  let p: Practice;
  let ana: Client;
  let ben: Client;
  let lucky: { id: string };
  let practised: { id: string };
  let notGood: { id: string };
  let inventory: { id: string };

  beforeAll(async () => {
    p = await createPractice(t.db, "feed");
    ana = await arrangeClient(p, "Ana");
    ben = await arrangeClient(p, "Ben");
    lucky = await reflect(p, ana, "success", LUCKY);
    practised = await reflect(p, ben, "success", PRACTISED);
    notGood = await reflect(p, ben, "setback", NOT_GOOD);
    inventory = await reflectOnInventory(p, ana, "I trained for months and followed a plan.");
    // Another practice's reflections never appear.
    const other = await createPractice(t.db, "elsewhere");
    await reflect(other, await arrangeClient(other, "Zed"), "success", LUCKY);
  });

  it("lists the practice's reflections newest first, with client, source, evidence and labels", async () => {
    const { items, next } = await list(p);
    expect(items.map((item) => item.id)).toEqual([inventory.id, notGood.id, practised.id, lucky.id]);
    expect(next).toBeNull();
    const luckyItem = items.find((item) => item.id === lucky.id)!;
    expect(luckyItem).toMatchObject({ clientName: "Ana", source: "attempt", outcome: "success", levelTitle: expect.any(String), text: LUCKY });
    expect(luckyItem.labels).toEqual({ causes: ["luck", "others"], locus: "external", flags: ["external_success"], corrected: false });
    expect(luckyItem.evidence.luck?.[0]?.text).toBe("lucky");
    expect(items.find((item) => item.id === inventory.id)).toMatchObject({ source: "inventory", entryTitle: "Finished the half marathon", attemptId: null });
  });

  it("filters by flag, outcome, cause and client, alone and together", async () => {
    const ids = async (filters: Parameters<typeof list>[1]) => (await list(p, filters)).items.map((item) => item.id);
    expect(await ids({ flag: "external_success" })).toEqual([lucky.id]);
    expect(await ids({ flag: "fixed_ability_setback" })).toEqual([notGood.id]);
    expect(await ids({ outcome: "setback" })).toEqual([notGood.id]);
    expect(await ids({ cause: "effort" })).toEqual(expect.arrayContaining([practised.id, inventory.id]));
    expect(await ids({ cause: "effort" })).not.toContain(lucky.id);
    expect(await ids({ client: ana.membershipId })).toEqual([inventory.id, lucky.id]);
    expect(await ids({ client: ben.membershipId, outcome: "success" })).toEqual([practised.id]);
    expect(await ids({ client: ana.membershipId, flag: "fixed_ability_setback" })).toEqual([]);
  });

  it("pages through with a keyset cursor, without repeats or gaps, even when timestamps tie", async () => {
    await t.owner.update(reflections).set({ createdAt: new Date("2026-01-05T10:00:00.123Z") }).where(inArray(reflections.id, [practised.id, notGood.id]));
    const all = (await list(p)).items.map((item) => item.id);
    const seen: string[] = [];
    let before;
    for (let page = 0; page < 5; page++) {
      const { items, next } = await list(p, before ? { before } : {}, 1);
      seen.push(...items.map((item) => item.id));
      if (!next) break;
      before = next;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(4);
  });

  it("loads a page in one query", async () => {
    const queries: string[] = [];
    const counted = createDatabase(t.appUrl, { max: 1, onQuery: (query) => queries.push(query) });
    try {
      await withTenant(counted, coach(p), (tx) => listReflections(tx, { orgId: p.org.id }));
    } finally {
      await counted.$close();
    }
    expect(queries.filter((query) => !query.includes("set_config"))).toHaveLength(1);
  });
});

describe("correcting a reflection's labels", () => {
  it("stores the coach's causes and flags beside the machine label, which the display then follows", async () => {
    const p = await createPractice(t.db, "correct");
    const ana = await arrangeClient(p, "Ana");
    const saved = await reflect(p, ana, "success", LUCKY);

    const done = await withTenant(t.db, coach(p), (tx) =>
      correctReflection(tx, { orgId: p.org.id, userId: p.owner.id, reflectionId: saved.id, correction: correction({ causes: ["others", "effort"], flags: ["internal_controllable"], note: "She rehearsed twice; we talked." }) }),
    );
    expect(done).not.toBeNull();

    const [row] = await t.owner.select().from(reflections).where(eq(reflections.id, saved.id));
    expect(row!.tag).toEqual(saved.tag);
    expect(row).toMatchObject({ coachCauses: ["effort", "others"], coachFlags: ["internal_controllable"], coachNote: "She rehearsed twice; we talked.", correctedByUserId: p.owner.id });
    expect(row!.correctedAt).toBeInstanceOf(Date);

    const [item] = (await list(p)).items;
    expect(item!.labels).toEqual({ causes: ["effort", "others"], locus: "mixed", flags: ["internal_controllable"], corrected: true });
    expect(item!.machine).toEqual({ causes: ["luck", "others"], flags: ["external_success"] });
    expect(item!.correctedBy).toBe(p.owner.name);
    // The filters follow the correction, too.
    expect((await list(p, { flag: "external_success" })).items).toEqual([]);
    expect((await list(p, { flag: "internal_controllable" })).items).toHaveLength(1);

    await withTenant(t.db, coach(p), (tx) => clearCorrection(tx, { orgId: p.org.id, reflectionId: saved.id }));
    const [cleared] = (await list(p)).items;
    expect(cleared!.labels).toEqual({ causes: ["luck", "others"], locus: "external", flags: ["external_success"], corrected: false });
    expect(cleared!.coachNote).toBeNull();
  });

  it("refuses names outside the guide's vocabulary and an overlong note", () => {
    expect(correctionSchema.safeParse({ causes: ["karma"], flags: [], note: "" }).success).toBe(false);
    expect(correctionSchema.safeParse({ causes: [], flags: ["sneaky"], note: "" }).success).toBe(false);
    expect(correctionSchema.safeParse({ causes: [], flags: [], note: "x".repeat(1001) }).success).toBe(false);
  });

  it("changes nothing when a coach of another practice sends this reflection's id", async () => {
    const a = await createPractice(t.db, "victim");
    const b = await createPractice(t.db, "intruder");
    const saved = await reflect(a, await arrangeClient(a, "Ana"), "success", LUCKY);
    const attempt = correction({ causes: ["effort"], flags: ["internal_controllable"] });

    // B's own organization in its WHERE: no such reflection.
    expect(await withTenant(t.db, coach(b), (tx) => correctReflection(tx, { orgId: b.org.id, userId: b.owner.id, reflectionId: saved.id, correction: attempt }))).toBeNull();
    // Even a forged organization id runs into row-level security inside B's tenant.
    expect(await withTenant(t.db, coach(b), (tx) => correctReflection(tx, { orgId: a.org.id, userId: b.owner.id, reflectionId: saved.id, correction: attempt }))).toBeNull();
    expect(await withTenant(t.db, coach(b), (tx) => clearCorrection(tx, { orgId: a.org.id, reflectionId: saved.id }))).toBeNull();
    // A malformed id is simply not found.
    expect(await withTenant(t.db, coach(b), (tx) => correctReflection(tx, { orgId: b.org.id, userId: b.owner.id, reflectionId: "not-a-uuid", correction: attempt }))).toBeNull();

    const [row] = await t.owner.select().from(reflections).where(eq(reflections.id, saved.id));
    expect(row).toMatchObject({ coachCauses: null, coachFlags: null, correctedByUserId: null, correctedAt: null, tag: saved.tag });
  });
});

describe("exporting labels as JSON Lines in the guide's format", () => {
  it("exports the corrected reflections by default and every labelled one on request, corrections winning", async () => {
    const p = await createPractice(t.db, "export");
    const ana = await arrangeClient(p, "Ana");
    const lucky = await reflect(p, ana, "success", LUCKY);
    const practised = await reflect(p, ana, "success", PRACTISED);
    const notGood = await reflect(p, ana, "setback", 'I\'m just not good at this. <img src=x onerror="alert(1)">\nSecond line.');
    await withTenant(t.db, coach(p), async (tx) => {
      await correctReflection(tx, { orgId: p.org.id, userId: p.owner.id, reflectionId: lucky.id, correction: correction({ causes: ["others", "effort", "luck"], flags: ["internal_controllable"] }) });
      await correctReflection(tx, { orgId: p.org.id, userId: p.owner.id, reflectionId: notGood.id, correction: correction({ causes: ["strategy", "ability"], flags: [] }) });
    });

    const exportAll = async (scope: "corrected" | "all", limit: number) => {
      let text = "";
      let after: Parameters<typeof exportReflectionBatch>[1]["after"];
      for (;;) {
        const batch = await withTenant(t.db, coach(p), (tx) => exportReflectionBatch(tx, { orgId: p.org.id, scope, after, limit }));
        text += batch.records.map(toJsonLine).join("");
        if (!batch.next) return text;
        after = batch.next;
      }
    };

    const corrected = await exportAll("corrected", 1);
    const lines = corrected.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(Object.keys(JSON.parse(line))).toEqual(["id", "outcome", "text", "causes", "locus", "flags"]);
    const items = parseJsonl(corrected);
    expect(items).toEqual([
      { id: lucky.id, outcome: "success", text: LUCKY, causes: ["effort", "luck", "others"], locus: "mixed", flags: ["internal_controllable"] },
      { id: notGood.id, outcome: "setback", text: notGood.text, causes: ["ability", "strategy"], locus: "internal", flags: [] },
    ]);

    const all = parseJsonl(await exportAll("all", 2));
    expect(all.map((item) => item.id)).toEqual([lucky.id, practised.id, notGood.id]);
    expect(all[0]!.causes).toEqual(["effort", "luck", "others"]);
    expect(all[1]).toEqual({ id: practised.id, outcome: "success", text: PRACTISED, causes: practised.tag!.causes, locus: practised.tag!.locus, flags: practised.tag!.flags });
    for (const item of all) {
      expect(item.causes).toEqual([...item.causes].sort());
      expect(item.flags).toEqual([...item.flags].sort());
    }
  });

  it("exports nothing of another practice", async () => {
    const a = await createPractice(t.db, "exp-a");
    const b = await createPractice(t.db, "exp-b");
    const saved = await reflect(a, await arrangeClient(a, "Ana"), "success", LUCKY);
    await withTenant(t.db, coach(a), (tx) => correctReflection(tx, { orgId: a.org.id, userId: a.owner.id, reflectionId: saved.id, correction: correction({ causes: ["effort"], flags: [] }) }));
    const fromB = await withTenant(t.db, coach(b), (tx) => exportReflectionBatch(tx, { orgId: b.org.id, scope: "all" }));
    expect(fromB.records).toEqual([]);
  });
});

