import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, attempts, clientProfiles, ladderLevels, levelMasteries, memberships, reflections } from "@/db/schema";
import { addAttemptComment } from "@/lib/attempts/add-attempt-comment";
import { confirmMastery } from "@/lib/attempts/confirm-mastery";
import { PracticeError } from "@/lib/attempts/errors";
import { findAttempt } from "@/lib/attempts/find-attempt";
import { answerField, parsePrepareForm, parseRecordForm } from "@/lib/attempts/parse-forms";
import { prepareAttempt } from "@/lib/attempts/prepare-attempt";
import { recordAttempt } from "@/lib/attempts/record-attempt";
import { CONFIDENCE_MESSAGE } from "@/lib/attempts/validation";
import { enterTenant, withTenant } from "@/lib/tenancy/scope";
import { createPractice, createUser } from "../support/factories";
import { arrangeAssignment } from "../support/ladder-factory";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** A practice whose owner coaches one client who has the public-speaking ladder assigned. */
async function arrangeClient(label: string) {
  const practice = await createPractice(t.db, label);
  return addClient({ orgId: practice.org.id, coachUserId: practice.owner.id });
}

/** Another client of the same practice, with their own assignment. */
async function addClient({ orgId, coachUserId }: { orgId: string; coachUserId: string }) {
  const clientUser = await createUser(t.db);
  const membershipIds = await t.owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId, userId: null });
    const [coach] = await tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, coachUserId)));
    const [client] = await tx
      .insert(memberships)
      .values({ orgId, userId: clientUser.id, role: "client", coachMembershipId: coach!.id })
      .returning({ id: memberships.id });
    return { coachMembershipId: coach!.id, clientMembershipId: client!.id };
  });
  const arranged = await arrangeAssignment(t.owner, { orgId, clientMembershipId: membershipIds.clientMembershipId });
  return {
    orgId,
    ...membershipIds,
    ...arranged,
    clientScope: { orgId, userId: clientUser.id },
    coachScope: { orgId, userId: coachUserId },
  };
}

type Arranged = Awaited<ReturnType<typeof arrangeClient>>;

function prepare(p: Arranged, overrides: Partial<Parameters<typeof prepareAttempt>[1]> = {}) {
  return withTenant(t.db, p.clientScope, (tx) =>
    prepareAttempt(tx, {
      orgId: p.orgId,
      clientMembershipId: p.clientMembershipId,
      assignmentId: p.assignment.id,
      levelId: p.levels[0]!.id,
      clientKey: randomUUID(),
      confidenceBefore: 60,
      plannedAt: null,
      plannedWhere: null,
      ...overrides,
    }),
  );
}

const successAnswers = {
  "success.actions": "I rehearsed my opening three times and kept eye contact with my friend.",
  "success.capabilities": "I can prepare well and stay steady when I am nervous.",
};

function record(p: Arranged, attemptId: string, overrides: Partial<Parameters<typeof recordAttempt>[1]> = {}) {
  return withTenant(t.db, p.clientScope, (tx) =>
    recordAttempt(tx, {
      orgId: p.orgId,
      clientMembershipId: p.clientMembershipId,
      attemptId,
      levelId: p.levels[0]!.id,
      outcome: "success",
      confidenceAfter: 75,
      effort: 4,
      text: Object.values(successAnswers).join("\n\n"),
      answers: successAnswers,
      ...overrides,
    }),
  );
}

async function currentLevelId(p: Arranged) {
  const [row] = await t.owner.select({ id: assignments.currentLevelId }).from(assignments).where(eq(assignments.id, p.assignment.id));
  return row!.id;
}

describe("preparing and recording an attempt", () => {
  it("makes one attempt and one reflection however often the same form is submitted", async () => {
    const p = await arrangeClient("double");
    const clientKey = randomUUID();
    const [first, second] = await Promise.all([prepare(p, { clientKey }), prepare(p, { clientKey })]);
    expect(second.id).toBe(first.id);
    expect(await prepare(p, { clientKey })).toMatchObject({ id: first.id, status: "prepared", confidenceBefore: 60 });

    const [a, b] = await Promise.all([record(p, first.id), record(p, first.id)]);
    expect([a.alreadyRecorded, b.alreadyRecorded].sort()).toEqual([false, true]);
    expect(a.reflection.id).toBe(b.reflection.id);
    const again = await record(p, first.id);
    expect(again.alreadyRecorded).toBe(true);

    expect(await t.owner.select().from(attempts).where(eq(attempts.assignmentId, p.assignment.id))).toHaveLength(1);
    const stored = await t.owner.select().from(reflections).where(eq(reflections.attemptId, first.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ outcome: "success", answers: successAnswers, source: "attempt" });
    expect(stored[0]!.tag?.causes.length).toBeGreaterThan(0);
  });

  it("masters level 1 after the two successes it asks for, and unlocks level 2", async () => {
    const p = await arrangeClient("master");
    expect(p.levels[0]!.masteryCount).toBe(2);
    const first = await prepare(p);
    const one = await record(p, first.id);
    expect(one.advance).toMatchObject({ mastered: false, status: { state: "in_progress", successes: 1, required: 2 } });
    expect(await currentLevelId(p)).toBe(p.levels[0]!.id);

    const second = await prepare(p);
    const two = await record(p, second.id);
    expect(two.advance).toMatchObject({ mastered: true, complete: false });
    expect(two.advance?.nextLevel?.id).toBe(p.levels[1]!.id);
    expect(await currentLevelId(p)).toBe(p.levels[1]!.id);
    expect(await t.owner.select().from(levelMasteries).where(eq(levelMasteries.assignmentId, p.assignment.id))).toMatchObject([
      { levelId: p.levels[0]!.id },
    ]);

    const view = await withTenant(t.db, p.clientScope, (tx) => findAttempt(tx, { orgId: p.orgId, attemptId: second.id, clientMembershipId: p.clientMembershipId }));
    expect(view?.progress).toMatchObject({ masteredByThis: true, levelMastered: true });
    expect(view?.progress.unlocked?.title).toBe(p.levels[1]!.title);
    const earlier = await withTenant(t.db, p.clientScope, (tx) => findAttempt(tx, { orgId: p.orgId, attemptId: first.id, clientMembershipId: p.clientMembershipId }));
    expect(earlier?.progress).toMatchObject({ masteredByThis: false, status: { successes: 1 } });
  });

  it("a setback does not count toward mastery", async () => {
    const p = await arrangeClient("setback");
    for (const outcome of ["setback", "success", "setback"] as const) {
      const attempt = await prepare(p);
      await record(p, attempt.id, { outcome, text: "I learned to slow down.", answers: { "setback.learned": "I learned to slow down." } });
    }
    expect(await currentLevelId(p)).toBe(p.levels[0]!.id);
  });

  it("waits for the coach on a 'coach confirms' level, and the coach's confirmation unlocks the next", async () => {
    const p = await arrangeClient("confirm");
    await t.owner.update(ladderLevels).set({ masteryCount: 1, coachConfirms: true }).where(eq(ladderLevels.id, p.levels[0]!.id));
    const attempt = await prepare(p);
    const result = await record(p, attempt.id);
    expect(result.advance).toMatchObject({ mastered: false, status: { state: "awaiting_coach" } });
    expect(await currentLevelId(p)).toBe(p.levels[0]!.id);

    const coachView = await withTenant(t.db, p.coachScope, (tx) => findAttempt(tx, { orgId: p.orgId, attemptId: attempt.id }));
    expect(coachView?.canConfirm).toBe(true);
    const confirmed = await withTenant(t.db, p.coachScope, (tx) => confirmMastery(tx, { orgId: p.orgId, attemptId: attempt.id, userId: p.coachScope.userId }));
    expect(confirmed).toMatchObject({ mastered: true });
    expect(await currentLevelId(p)).toBe(p.levels[1]!.id);
    // Confirming again changes nothing.
    expect(await withTenant(t.db, p.coachScope, (tx) => confirmMastery(tx, { orgId: p.orgId, attemptId: attempt.id, userId: p.coachScope.userId }))).toBeNull();
    expect(await currentLevelId(p)).toBe(p.levels[1]!.id);
  });

  it("refuses a level that is not the current one, a paused ladder, and another client's assignment or attempt", async () => {
    const p = await arrangeClient("refuse");
    const other = await arrangeClient("other");
    await expect(prepare(p, { levelId: p.levels[1]!.id })).rejects.toMatchObject({ reason: "not_current" });
    await expect(prepare(p, { assignmentId: other.assignment.id })).rejects.toMatchObject({ reason: "not_found" });
    await expect(prepare(p, { assignmentId: "not-a-uuid" })).rejects.toBeInstanceOf(PracticeError);

    const othersAttempt = await prepare(other);
    await expect(record(p, othersAttempt.id)).rejects.toMatchObject({ reason: "not_found" });
    // A fellow client of the same practice: their assignment, attempt and clientKey stay theirs.
    const sibling = await addClient({ orgId: p.orgId, coachUserId: p.coachScope.userId });
    await expect(prepare(p, { assignmentId: sibling.assignment.id, levelId: sibling.levels[0]!.id })).rejects.toMatchObject({ reason: "not_found" });
    const siblingsAttempt = await prepare(sibling);
    await expect(record(p, siblingsAttempt.id)).rejects.toMatchObject({ reason: "not_found" });
    await expect(prepare(p, { clientKey: siblingsAttempt.clientKey })).rejects.toMatchObject({ reason: "not_found" });
    expect(await withTenant(t.db, p.clientScope, (tx) => findAttempt(tx, { orgId: p.orgId, attemptId: siblingsAttempt.id, clientMembershipId: p.clientMembershipId }))).toBeNull();

    // A prepared attempt whose level has since been mastered cannot be recorded on it.
    const stale = await prepare(p);
    for (let i = 0; i < 2; i += 1) await record(p, (await prepare(p)).id);
    await expect(record(p, stale.id)).rejects.toMatchObject({ reason: "not_current" });
    // Nor can the form claim another level than the attempt's.
    const onTwo = await prepare(p, { levelId: p.levels[1]!.id });
    await expect(record(p, onTwo.id, { levelId: p.levels[0]!.id })).rejects.toMatchObject({ reason: "not_current" });

    await t.owner.update(assignments).set({ status: "paused" }).where(eq(assignments.id, p.assignment.id));
    await expect(prepare(p, { levelId: p.levels[1]!.id })).rejects.toMatchObject({ reason: "not_active" });
    await expect(record(p, onTwo.id, { levelId: p.levels[1]!.id })).rejects.toMatchObject({ reason: "not_active" });
    const [row] = await t.owner.select().from(attempts).where(eq(attempts.id, onTwo.id));
    expect(row?.status).toBe("prepared");
  });
});

describe("the forms' validation", () => {
  it("refuses a confidence that is not a whole number from 0 to 100, keeping what was typed", () => {
    for (const confidenceBefore of ["", "abc", "101", "-1", "12.5", "1e2"]) {
      const result = parsePrepareForm({ clientKey: randomUUID(), levelId: randomUUID(), confidenceBefore, plannedWhere: "At the library" }, "UTC");
      expect(result.ok, confidenceBefore).toBe(false);
      if (!result.ok) {
        expect(result.state.fieldErrors?.confidenceBefore).toBe(CONFIDENCE_MESSAGE);
        expect(result.state.values).toMatchObject({ confidenceBefore, plannedWhere: "At the library" });
      }
    }
    expect(parsePrepareForm({ clientKey: randomUUID(), levelId: randomUUID(), confidenceBefore: "0" }, "UTC").ok).toBe(true);
    expect(parsePrepareForm({ clientKey: randomUUID(), levelId: randomUUID(), confidenceBefore: "100" }, "UTC").ok).toBe(true);
  });

  it("refuses an empty or over-long reflection with a clear message and keeps the text", () => {
    const base = { levelId: randomUUID(), outcome: "success", confidenceAfter: "70", effort: "3" };
    const empty = parseRecordForm({ ...base, [answerField("success.actions")]: "   " });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.state.fieldErrors?.reflection).toMatch(/answer at least one/);

    const long = "I practised. ".repeat(800);
    const tooLong = parseRecordForm({ ...base, confidenceAfter: "200", [answerField("success.actions")]: long });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) {
      expect(tooLong.state.fieldErrors?.reflection).toContain(`${long.trim().length.toLocaleString("en-US")} characters`);
      expect(tooLong.state.fieldErrors?.confidenceAfter).toBe(CONFIDENCE_MESSAGE);
      expect(tooLong.state.values?.[answerField("success.actions")]).toBe(long);
    }

    const ok = parseRecordForm({ ...base, [answerField("success.actions")]: " I prepared notes. ", [answerField("setback.learned")]: "ignored" });
    expect(ok).toMatchObject({ ok: true, data: { outcome: "success", confidenceAfter: 70, effort: 3, text: "I prepared notes.", answers: { "success.actions": "I prepared notes." } } });
  });
});

describe("the attribution follow-up", () => {
  it("asks after a success credited to luck, unless the coach turned the question off", async () => {
    const p = await arrangeClient("luck");
    const lucky = { text: "I just got lucky, it was an easy crowd.", answers: { "success.actions": "I just got lucky, it was an easy crowd." } };
    const first = await record(p, (await prepare(p)).id, lucky);
    expect(first.askAttribution).toBe(true);

    await t.owner.insert(clientProfiles).values({ membershipId: p.clientMembershipId, orgId: p.orgId, attributionNudgeEnabled: false });
    const q = await arrangeClient("luck-off");
    await t.owner.insert(clientProfiles).values({ membershipId: q.clientMembershipId, orgId: q.orgId, attributionNudgeEnabled: false });
    expect((await record(q, (await prepare(q)).id, lucky)).askAttribution).toBe(false);
  });
});

describe("the feedback thread", () => {
  it("keeps coach comments and client replies in order, once per clientKey, and surfaces the activity", async () => {
    const p = await arrangeClient("thread");
    const attempt = await prepare(p);
    await record(p, attempt.id);
    const [before] = await t.owner.select({ at: attempts.lastActivityAt }).from(attempts).where(eq(attempts.id, attempt.id));

    const coachKey = randomUUID();
    const comment = (clientKey: string, body: string) =>
      withTenant(t.db, p.coachScope, (tx) =>
        addAttemptComment(tx, { orgId: p.orgId, attemptId: attempt.id, authorMembershipId: p.coachMembershipId, clientMembershipId: null, clientKey, body }),
      );
    const [c1, c2] = await Promise.all([comment(coachKey, "What did you change in your opening?"), comment(coachKey, "What did you change in your opening?")]);
    expect(c2.id).toBe(c1.id);
    await withTenant(t.db, p.clientScope, (tx) =>
      addAttemptComment(tx, { orgId: p.orgId, attemptId: attempt.id, authorMembershipId: p.clientMembershipId, clientMembershipId: p.clientMembershipId, clientKey: randomUUID(), body: "<b>I started</b> with a question." }),
    );

    const view = await withTenant(t.db, p.clientScope, (tx) => findAttempt(tx, { orgId: p.orgId, attemptId: attempt.id, clientMembershipId: p.clientMembershipId }));
    expect(view?.comments.map((c) => [c.fromClient, c.body])).toEqual([
      [false, "What did you change in your opening?"],
      [true, "<b>I started</b> with a question."],
    ]);
    const [after] = await t.owner.select({ at: attempts.lastActivityAt }).from(attempts).where(eq(attempts.id, attempt.id));
    expect(after!.at.getTime()).toBeGreaterThan(before!.at.getTime());

    // Another client cannot write into this thread.
    const other = await arrangeClient("thread-other");
    await expect(
      withTenant(t.db, other.clientScope, (tx) =>
        addAttemptComment(tx, { orgId: other.orgId, attemptId: attempt.id, authorMembershipId: other.clientMembershipId, clientMembershipId: other.clientMembershipId, clientKey: randomUUID(), body: "hi" }),
      ),
    ).rejects.toMatchObject({ reason: "not_found" });
  });
});
