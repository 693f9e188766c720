import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientProfiles, memberships, reflections, relivingSessions, successEntries } from "@/db/schema";
import { createEntry } from "@/lib/inventory/create-entry";
import { findOwnEntry } from "@/lib/inventory/find-entry";
import { listEntries } from "@/lib/inventory/list-entries";
import { listPinnedWins } from "@/lib/inventory/list-pinned-wins";
import { PIN_DRAFT_MESSAGE, setEntryPinned } from "@/lib/inventory/pin-entry";
import { PIN_LIMIT_MESSAGE } from "@/lib/inventory/pins";
import { RECALL_QUESTIONS } from "@/lib/inventory/recall";
import { saveEntryAnswer } from "@/lib/inventory/save-entry-answer";
import { loadMasteryReview } from "@/lib/reliving/load-review";
import { recordRelivingSession } from "@/lib/reliving/record-session";
import { enterTenant, withTenant } from "@/lib/tenancy/scope";
import { createPractice, createUser } from "../support/factories";
import { arrangeAssignment } from "../support/ladder-factory";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** A practice with two clients, each able to act through the app's own role. */
async function arrange(label: string) {
  const { owner, org } = await createPractice(t.db, label);
  const people = await Promise.all([createUser(t.db), createUser(t.db)]);
  const ids = await t.owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId: org.id, userId: null });
    return Promise.all(
      people.map(async (person) => {
        const [row] = await tx.insert(memberships).values({ orgId: org.id, userId: person.id, role: "client" }).returning({ id: memberships.id });
        return row!.id;
      }),
    );
  });
  const as = (index: 0 | 1) => ({
    scope: { orgId: org.id, userId: people[index]!.id },
    key: { orgId: org.id, clientMembershipId: ids[index]! },
  });
  return { owner, org, me: as(0), other: as(1) };
}

type Client = Awaited<ReturnType<typeof arrange>>["me"];

const ANSWERS = {
  challenge: "I had never spoken to more than five people.",
  actions: "I rehearsed every evening for two weeks and asked a colleague for feedback.",
  obstacles: "My mind went blank halfway through and I found my place again.",
  resources: "Stubbornness, and the preparation I had put in.",
  feelings: "Shaky at first, then proud.",
} as const;

async function completeEntry(c: Client, title: string, domain: "professional" | "athletic" | "social" | "personal" = "professional") {
  const entry = await withTenant(t.db, c.scope, (tx) => createEntry(tx, { ...c.key, clientKey: randomUUID(), title, domain }));
  for (const q of RECALL_QUESTIONS) {
    await withTenant(t.db, c.scope, (tx) => saveEntryAnswer(tx, { ...c.key, entryId: entry!.id, key: q.key, answer: ANSWERS[q.key] }));
  }
  return entry!;
}

describe("success inventory", () => {
  it("a double-submitted new win makes one draft; answers fill it one at a time until it is complete", async () => {
    const { me } = await arrange("draft");
    const clientKey = randomUUID();
    const [a, b] = await Promise.all([
      withTenant(t.db, me.scope, (tx) => createEntry(tx, { ...me.key, clientKey, title: "First talk", domain: "professional" })),
      withTenant(t.db, me.scope, (tx) => createEntry(tx, { ...me.key, clientKey, title: "First talk", domain: "professional" })),
    ]);
    expect(a?.id).toBe(clientKey);
    expect(b?.id).toBe(clientKey);
    expect(await withTenant(t.db, me.scope, (tx) => listEntries(tx, me.key))).toHaveLength(1);

    await withTenant(t.db, me.scope, (tx) => saveEntryAnswer(tx, { ...me.key, entryId: clientKey, key: "challenge", answer: ANSWERS.challenge }));
    const draft = await withTenant(t.db, me.scope, (tx) => findOwnEntry(tx, { ...me.key, entryId: clientKey }));
    expect(draft).toMatchObject({ status: "draft", answers: { challenge: ANSWERS.challenge } });
    expect(await t.owner.select().from(reflections).where(eq(reflections.successEntryId, clientKey))).toEqual([]);
  });

  it("a completed entry is tagged as an inventory reflection, and an edit re-tags the same row", async () => {
    const { me } = await arrange("tagged");
    const entry = await completeEntry(me, "Half marathon", "athletic");
    const stored = await withTenant(t.db, me.scope, (tx) => findOwnEntry(tx, { ...me.key, entryId: entry.id }));
    expect(stored?.status).toBe("complete");
    const [reflection] = await t.owner.select().from(reflections).where(eq(reflections.successEntryId, entry.id));
    expect(reflection).toMatchObject({ source: "inventory", outcome: "success", clientMembershipId: me.key.clientMembershipId });
    expect(reflection!.text).toContain(ANSWERS.actions);
    expect(reflection!.text).not.toContain("What specific actions did you take?");
    expect(reflection!.tag).not.toBeNull();
    expect(reflection!.taggerVersion).toBeTruthy();

    await withTenant(t.db, me.scope, (tx) =>
      saveEntryAnswer(tx, { ...me.key, entryId: entry.id, key: "resources", answer: "I was just lucky, it was nothing really." }),
    );
    const rows = await t.owner.select().from(reflections).where(eq(reflections.successEntryId, entry.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toContain("I was just lucky");
  });

  it("another client's entry cannot be read, answered, pinned or claimed", async () => {
    const { me, other } = await arrange("private");
    const mine = await completeEntry(me, "Mine");
    expect(await withTenant(t.db, other.scope, (tx) => findOwnEntry(tx, { ...other.key, entryId: mine.id }))).toBeNull();
    expect(
      await withTenant(t.db, other.scope, (tx) => saveEntryAnswer(tx, { ...other.key, entryId: mine.id, key: "feelings", answer: "Hijacked" })),
    ).toBeNull();
    expect(await withTenant(t.db, other.scope, (tx) => setEntryPinned(tx, { ...other.key, entryId: mine.id, pinned: true }))).toBeNull();
    // Reusing my entry's id as a "new" form key creates nothing and reveals nothing.
    expect(
      await withTenant(t.db, other.scope, (tx) => createEntry(tx, { ...other.key, clientKey: mine.id, title: "Stolen", domain: "social" })),
    ).toBeNull();
    expect(await withTenant(t.db, other.scope, (tx) => findOwnEntry(tx, { ...other.key, entryId: "not-a-uuid" }))).toBeNull();
    const [row] = await t.owner.select().from(successEntries).where(eq(successEntries.id, mine.id));
    expect(row).toMatchObject({ title: "Mine", clientMembershipId: me.key.clientMembershipId, pinnedAt: null });
    expect(row!.answers.feelings).toBe(ANSWERS.feelings);
  });

  it("at most three wins are pinned, even when pins race; drafts cannot be pinned", async () => {
    const { me } = await arrange("pins");
    const entries: Awaited<ReturnType<typeof completeEntry>>[] = [];
    for (const title of ["One", "Two", "Three", "Four"]) entries.push(await completeEntry(me, title));
    const results = await Promise.all(
      entries.map((entry) => withTenant(t.db, me.scope, (tx) => setEntryPinned(tx, { ...me.key, entryId: entry.id, pinned: true }))),
    );
    expect(results.filter((r) => r?.ok)).toHaveLength(3);
    expect(results.find((r) => r && !r.ok)).toEqual({ ok: false, message: PIN_LIMIT_MESSAGE });
    expect(await withTenant(t.db, me.scope, (tx) => listPinnedWins(tx, me.key))).toHaveLength(3);

    const refused = entries[results.findIndex((r) => r && !r.ok)]!;
    const pinned = entries.find((e) => e.id !== refused.id)!;
    await withTenant(t.db, me.scope, (tx) => setEntryPinned(tx, { ...me.key, entryId: pinned.id, pinned: false }));
    expect(await withTenant(t.db, me.scope, (tx) => setEntryPinned(tx, { ...me.key, entryId: refused.id, pinned: true }))).toEqual({ ok: true });

    const draft = await withTenant(t.db, me.scope, (tx) => createEntry(tx, { ...me.key, clientKey: randomUUID(), title: "Half-told", domain: "personal" }));
    await withTenant(t.db, me.scope, (tx) => setEntryPinned(tx, { ...me.key, entryId: entries[0]!.id, pinned: false }));
    expect(await withTenant(t.db, me.scope, (tx) => setEntryPinned(tx, { ...me.key, entryId: draft!.id, pinned: true }))).toEqual({
      ok: false,
      message: PIN_DRAFT_MESSAGE,
    });
  });

  it("a reliving session keeps the anchor and statement, and the review shows them with pinned wins and the current level", async () => {
    const { me, org } = await arrange("review");
    const entry = await completeEntry(me, "Board presentation");
    await withTenant(t.db, me.scope, (tx) => setEntryPinned(tx, { ...me.key, entryId: entry.id, pinned: true }));
    const sessionKey = randomUUID();
    const record = () =>
      withTenant(t.db, me.scope, (tx) =>
        recordRelivingSession(tx, {
          ...me.key,
          successEntryId: entry.id,
          sessionKey,
          anchorCue: "thumb and finger",
          capabilityStatement: "I am someone who can prepare for hard things",
        }),
      );
    await Promise.all([record(), record()]);
    expect(await t.owner.select().from(relivingSessions).where(eq(relivingSessions.clientMembershipId, me.key.clientMembershipId))).toHaveLength(1);
    const [profile] = await t.owner.select().from(clientProfiles).where(eq(clientProfiles.membershipId, me.key.clientMembershipId));
    expect(profile).toMatchObject({ anchorCue: "thumb and finger", capabilityStatement: "I am someone who can prepare for hard things" });

    const { levels } = await arrangeAssignment(t.owner, { orgId: org.id, clientMembershipId: me.key.clientMembershipId });
    const { review } = await withTenant(t.db, me.scope, (tx) => loadMasteryReview(tx, me.key));
    expect(review.missing).toEqual([]);
    const kinds = review.sections.map((s) => s.kind);
    expect(kinds).toEqual(["intro", "wins", "capability", "anchor", "level", "close"]);
    const wins = review.sections.find((s) => s.kind === "wins");
    expect(wins && wins.kind === "wins" && wins.wins[0]?.title).toBe("Board presentation");
    const level = review.sections.find((s) => s.kind === "level");
    expect(level && level.kind === "level" && level.levelTitle).toBe(levels[0]!.title);
    // The other client's review holds none of it.
    const other = await withTenant(t.db, me.scope, (tx) =>
      loadMasteryReview(tx, { orgId: org.id, clientMembershipId: randomUUID() }),
    );
    expect(other.review.missing).toEqual(["pinned", "capabilityStatement", "anchorCue"]);
    expect(await t.owner.select().from(successEntries).where(and(eq(successEntries.orgId, org.id)))).toHaveLength(1);
  });
});
