import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, screenings } from "@/db/schema";
import { type AssignLadderInput, assignLadder, assignLadderSchema } from "@/lib/assignments/assign-ladder";
import { AssignmentError } from "@/lib/assignments/assignment-error";
import { listClientAssignments } from "@/lib/assignments/list-client-assignments";
import { setAssignmentStatus } from "@/lib/assignments/set-assignment-status";
import { createLadderFromTemplate } from "@/lib/ladders/create-ladder-from-template";
import { findLadderForEditing } from "@/lib/ladders/find-ladder";
import { publishLadderVersion } from "@/lib/ladders/publish-ladder";
import { updateLadderVersion } from "@/lib/ladders/update-ladder-version";
import { ladderInputSchema } from "@/lib/ladders/validation";
import { withTenant } from "@/lib/tenancy/scope";
import { addClient, createPractice } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** A practice with a client and the public-speaking ladder copied and published. */
async function arrange(label: string) {
  const { owner, org } = await createPractice(t.db, label);
  const { membershipId: clientMembershipId } = await addClient(t, { orgId: org.id });
  const scope = { orgId: org.id, userId: owner.id };
  const run = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.db, scope, fn);
  const { ladderId } = await run((tx) => createLadderFromTemplate(tx, { ...scope, templateKey: "public-speaking", clientKey: randomUUID() }));
  const draft = (await run((tx) => findLadderForEditing(tx, { orgId: org.id, ladderId })))!;
  await run((tx) => publishLadderVersion(tx, { ...scope, ladderId, versionId: draft.latest.id, revision: draft.latest.revision }));
  const ladder = (await run((tx) => findLadderForEditing(tx, { orgId: org.id, ladderId })))!;
  const assign = (input: Partial<AssignLadderInput> = {}) =>
    run((tx) => assignLadder(tx, { ...scope, clientMembershipId, input: { ladderId, startAt: 1, clientKey: randomUUID(), ...input } }));
  return { org, scope, clientMembershipId, run, ladder, assign };
}

async function assignmentsOf(clientMembershipId: string) {
  return t.owner.select().from(assignments).where(eq(assignments.clientMembershipId, clientMembershipId));
}

describe("assigning a ladder", () => {
  it("stores the published version, the starting level, cadence and due date, active", async () => {
    const p = await arrange("assign");
    const { assignmentId, created } = await p.assign({ startAt: 2, cadencePerWeek: 2, dueOn: "2030-06-30" });
    expect(created).toBe(true);
    const [row] = await assignmentsOf(p.clientMembershipId);
    expect(row).toMatchObject({
      id: assignmentId,
      ladderId: p.ladder.ladderId,
      ladderVersionId: p.ladder.latest.id,
      currentLevelId: p.ladder.latest.levels[1]!.id,
      startPosition: 1,
      cadencePerWeek: 2,
      dueOn: "2030-06-30",
      status: "active",
    });
    const listed = await p.run((tx) => listClientAssignments(tx, { orgId: p.org.id, clientMembershipId: p.clientMembershipId }));
    expect(listed).toMatchObject([{ id: assignmentId, title: "Public speaking", version: 1, status: "active", currentLevelPosition: 1, newerVersion: null }]);
  });

  it("makes one assignment from a double-clicked submit", async () => {
    const p = await arrange("double");
    const clientKey = randomUUID();
    const results = await Promise.all([p.assign({ clientKey }), p.assign({ clientKey })]);
    expect(results.map((result) => result.assignmentId)).toEqual([clientKey, clientKey]);
    expect(await assignmentsOf(p.clientMembershipId)).toHaveLength(1);
  });

  it("refuses the same ladder twice while one is open, and allows it again once ended", async () => {
    const p = await arrange("twice");
    const first = await p.assign();
    const results = await Promise.allSettled([p.assign(), p.assign()]);
    for (const result of results) {
      expect(result.status).toBe("rejected");
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(AssignmentError);
      expect((result as PromiseRejectedResult).reason.message).toBe(
        "This client already has this ladder. Resume or end that assignment instead of assigning it again.",
      );
    }
    expect(await assignmentsOf(p.clientMembershipId)).toHaveLength(1);

    expect(await p.run((tx) => setAssignmentStatus(tx, { ...p.scope, clientMembershipId: p.clientMembershipId, assignmentId: first.assignmentId, action: "pause" }))).toBe(true);
    await expect(p.assign()).rejects.toBeInstanceOf(AssignmentError);
    expect(await p.run((tx) => setAssignmentStatus(tx, { ...p.scope, clientMembershipId: p.clientMembershipId, assignmentId: first.assignmentId, action: "end" }))).toBe(true);
    await p.assign();
    expect(await assignmentsOf(p.clientMembershipId)).toHaveLength(2);
  });

  it("refuses while the client's screening flag is unacknowledged, and assigns once a coach acknowledged it", async () => {
    const p = await arrange("screening");
    const [screening] = await t.owner
      .insert(screenings)
      .values({ orgId: p.org.id, clientMembershipId: p.clientMembershipId, status: "complete", referralSuggested: true, completedAt: new Date() })
      .returning();
    await expect(p.assign()).rejects.toThrow("Acknowledge the screening flag before assigning a ladder.");
    expect(await assignmentsOf(p.clientMembershipId)).toEqual([]);
    await t.owner.update(screenings).set({ acknowledgedAt: new Date() }).where(eq(screenings.id, screening!.id));
    await p.assign();
    expect(await assignmentsOf(p.clientMembershipId)).toHaveLength(1);
  });

  it("refuses a starting level beyond the ladder, and a draft ladder", async () => {
    const p = await arrange("bounds");
    await expect(p.assign({ startAt: 6 })).rejects.toMatchObject({ message: "Start at a level from 1 to 5.", field: "startAt" });
    const { ladderId } = await p.run((tx) => createLadderFromTemplate(tx, { ...p.scope, templateKey: "sales-calls", clientKey: randomUUID() }));
    await expect(p.assign({ ladderId })).rejects.toMatchObject({ message: "Choose a published ladder.", field: "ladderId" });
    expect(await assignmentsOf(p.clientMembershipId)).toEqual([]);
  });

  it("offers 'move to version 2' once a newer version is published, not before", async () => {
    const p = await arrange("newer");
    const { assignmentId } = await p.assign();
    const input = ladderInputSchema.parse({ ...p.ladder.latest, description: "Revised" });
    await p.run((tx) => updateLadderVersion(tx, { ...p.scope, ladderId: p.ladder.ladderId, versionId: p.ladder.latest.id, revision: p.ladder.latest.revision, input }));
    const listDraft = await p.run((tx) => listClientAssignments(tx, { orgId: p.org.id, clientMembershipId: p.clientMembershipId }));
    expect(listDraft[0]?.newerVersion).toBeNull();
    const v2 = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: p.ladder.ladderId })))!.latest;
    await p.run((tx) => publishLadderVersion(tx, { ...p.scope, ladderId: p.ladder.ladderId, versionId: v2.id, revision: v2.revision }));
    const listed = await p.run((tx) => listClientAssignments(tx, { orgId: p.org.id, clientMembershipId: p.clientMembershipId }));
    expect(listed).toMatchObject([{ id: assignmentId, version: 1, newerVersion: { id: v2.id, version: 2 } }]);
  });
});

describe("pausing, resuming, ending", () => {
  it("follows active → paused → active → ended, and ignores moves from the wrong state", async () => {
    const p = await arrange("status");
    const { assignmentId } = await p.assign();
    const act = (action: "pause" | "resume" | "end") =>
      p.run((tx) => setAssignmentStatus(tx, { ...p.scope, clientMembershipId: p.clientMembershipId, assignmentId, action }));
    expect(await act("resume")).toBe(false);
    expect(await act("pause")).toBe(true);
    expect(await act("pause")).toBe(false);
    expect(await act("resume")).toBe(true);
    expect(await act("end")).toBe(true);
    expect(await act("resume")).toBe(false);
    expect((await assignmentsOf(p.clientMembershipId))[0]?.status).toBe("ended");
  });

  it("does not touch another client's assignment named through this client's page", async () => {
    const p = await arrange("other-client");
    const { assignmentId } = await p.assign();
    const { membershipId: otherMembershipId } = await addClient(t, { orgId: p.org.id });
    expect(await p.run((tx) => setAssignmentStatus(tx, { ...p.scope, clientMembershipId: otherMembershipId, assignmentId, action: "end" }))).toBe(false);
    expect((await assignmentsOf(p.clientMembershipId))[0]?.status).toBe("active");
  });
});

describe("the assign form's input", () => {
  it("defaults the start to level 1 and leaves cadence and due date optional", () => {
    const parsed = assignLadderSchema.parse({ ladderId: randomUUID(), startAt: "", cadencePerWeek: "", dueOn: "", clientKey: randomUUID() });
    expect(parsed).toMatchObject({ startAt: 1, cadencePerWeek: undefined, dueOn: undefined });
  });

  it("explains cadence outside 1–14 and an impossible date", () => {
    const result = assignLadderSchema.safeParse({ ladderId: randomUUID(), startAt: "1", cadencePerWeek: "15", dueOn: "2030-02-31", clientKey: randomUUID() });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    expect(messages).toEqual([
      "cadencePerWeek: Attempts per week must be a whole number from 1 to 14, or left blank.",
      "dueOn: Enter a real calendar date.",
    ]);
  });
});
