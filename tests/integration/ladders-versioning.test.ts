import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignments, attempts, auditLog, ladderLevels, ladderVersions, ladders } from "@/db/schema";
import { assignLadder } from "@/lib/assignments/assign-ladder";
import { moveAssignmentToVersion } from "@/lib/assignments/move-assignment-to-version";
import { setAssignmentStatus } from "@/lib/assignments/set-assignment-status";
import { archiveLadder } from "@/lib/ladders/archive-ladder";
import { createBlankLadder } from "@/lib/ladders/create-blank-ladder";
import { createLadderFromTemplate } from "@/lib/ladders/create-ladder-from-template";
import { findLadderForEditing } from "@/lib/ladders/find-ladder";
import { listAssignableLadders, listLadders } from "@/lib/ladders/list-ladders";
import { publishLadderVersion } from "@/lib/ladders/publish-ladder";
import { findTemplate } from "@/lib/ladders/templates";
import { type SaveLadderResult, updateLadderVersion } from "@/lib/ladders/update-ladder-version";
import { type LadderInput, ladderInputSchema } from "@/lib/ladders/validation";
import { withTenant } from "@/lib/tenancy/scope";
import { addClient, createPractice } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** A practice whose owner coaches, with one client. */
async function arrange(label: string) {
  const { owner, org } = await createPractice(t.db, label);
  const { membershipId: clientMembershipId } = await addClient(t, { orgId: org.id });
  const scope = { orgId: org.id, userId: owner.id };
  const run = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.db, scope, fn);
  return { org, owner, scope, clientMembershipId, run };
}

type Practice = Awaited<ReturnType<typeof arrange>>;

async function copyPublicSpeaking(p: Practice) {
  const { ladderId } = await p.run((tx) => createLadderFromTemplate(tx, { ...p.scope, templateKey: "public-speaking", clientKey: randomUUID() }));
  const ladder = await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId }));
  return ladder!;
}

async function publishNewest(p: Practice, ladderId: string) {
  const ladder = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId })))!;
  const result = await p.run((tx) =>
    publishLadderVersion(tx, { ...p.scope, ladderId, versionId: ladder.latest.id, revision: ladder.latest.revision }),
  );
  expect(result.kind).toBe("saved");
  return ladder;
}

function editedInput(ladder: Awaited<ReturnType<typeof copyPublicSpeaking>>, change: (input: LadderInput) => void): LadderInput {
  const input = ladderInputSchema.parse({ ...ladder.latest, levels: ladder.latest.levels });
  change(input);
  return input;
}

async function levelRows(versionId: string) {
  return t.owner.select().from(ladderLevels).where(eq(ladderLevels.ladderVersionId, versionId)).orderBy(asc(ladderLevels.position));
}

describe("copying a template", () => {
  it("creates the practice's own draft version 1 with the template's levels, once per form", async () => {
    const p = await arrange("copy");
    const clientKey = randomUUID();
    const [first, second] = await Promise.all([
      p.run((tx) => createLadderFromTemplate(tx, { ...p.scope, templateKey: "public-speaking", clientKey })),
      p.run((tx) => createLadderFromTemplate(tx, { ...p.scope, templateKey: "public-speaking", clientKey })),
    ]);
    expect(first.ladderId).toBe(second.ladderId);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(await t.owner.select().from(ladders).where(eq(ladders.orgId, p.org.id))).toHaveLength(1);

    const ladder = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: first.ladderId })))!;
    const template = findTemplate("public-speaking")!;
    expect(ladder.templateKey).toBe("public-speaking");
    expect(ladder.latest).toMatchObject({ version: 1, status: "draft", title: template.title, skill: template.skill });
    expect(ladder.latest.levels.map(({ id: _id, position: _position, ...level }) => level)).toEqual(template.levels);
    expect(await p.run((tx) => listAssignableLadders(tx, { orgId: p.org.id }))).toEqual([]);
  });

  it("starts a blank ladder with two empty levels that cannot be published until filled", async () => {
    const p = await arrange("blank");
    const { ladderId } = await p.run((tx) => createBlankLadder(tx, { ...p.scope, clientKey: randomUUID() }));
    const ladder = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId })))!;
    expect(ladder.latest.levels).toHaveLength(2);
    expect(ladder.latest.levels.every((level) => level.title === "")).toBe(true);
    const result = await p.run((tx) => publishLadderVersion(tx, { ...p.scope, ladderId, versionId: ladder.latest.id, revision: ladder.latest.revision }));
    expect(result).toMatchObject({ kind: "invalid", errors: { title: "Title is required", "levels.0.title": "Give each level a title" } });
    const [stored] = await t.owner.select().from(ladderVersions).where(eq(ladderVersions.id, ladder.latest.id));
    expect(stored?.status).toBe("draft");
  });
});

describe("publishing", () => {
  it("publishes a draft, lists it as assignable and records it in the audit log", async () => {
    const p = await arrange("publish");
    const ladder = await copyPublicSpeaking(p);
    await publishNewest(p, ladder.ladderId);
    const after = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!;
    expect(after.latest).toMatchObject({ version: 1, status: "published" });
    expect(after.latest.publishedAt).toBeInstanceOf(Date);
    expect(await p.run((tx) => listAssignableLadders(tx, { orgId: p.org.id }))).toEqual([
      { ladderId: ladder.ladderId, versionId: ladder.latest.id, version: 1, title: "Public speaking" },
    ]);
    const audit = await t.owner.select().from(auditLog).where(and(eq(auditLog.orgId, p.org.id), eq(auditLog.action, "ladder.published")));
    expect(audit).toHaveLength(1);
  });

  it("archives every version: the ladder leaves the assign list, clients on it keep their assignment", async () => {
    const p = await arrange("archive");
    const ladder = await copyPublicSpeaking(p);
    await publishNewest(p, ladder.ladderId);
    const { assignmentId } = await p.run((tx) =>
      assignLadder(tx, { ...p.scope, clientMembershipId: p.clientMembershipId, input: { ladderId: ladder.ladderId, startAt: 1, clientKey: randomUUID() } }),
    );
    expect(await p.run((tx) => archiveLadder(tx, { ...p.scope, ladderId: ladder.ladderId }))).toBe(true);
    expect(await p.run((tx) => listAssignableLadders(tx, { orgId: p.org.id }))).toEqual([]);
    const [row] = await t.owner.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(row?.status).toBe("active");
    expect((await p.run((tx) => listLadders(tx, { orgId: p.org.id })))[0]).toMatchObject({ status: "archived", clients: 1 });
  });
});

describe("editing a ladder clients are on", () => {
  it("creates a new draft version and leaves the assigned version, its levels and past attempts untouched", async () => {
    const p = await arrange("history");
    const ladder = await copyPublicSpeaking(p);
    await publishNewest(p, ladder.ladderId);
    const published = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!;
    const { assignmentId } = await p.run((tx) =>
      assignLadder(tx, { ...p.scope, clientMembershipId: p.clientMembershipId, input: { ladderId: ladder.ladderId, startAt: 3, clientKey: randomUUID() } }),
    );
    const levelsBefore = await levelRows(published.latest.id);
    const attemptLevel = levelsBefore[2]!;
    const [attempt] = await t.owner
      .insert(attempts)
      .values({ orgId: p.org.id, assignmentId, levelId: attemptLevel.id, clientMembershipId: p.clientMembershipId, clientKey: randomUUID(), confidenceBefore: 40, status: "recorded", outcome: "success" })
      .returning();
    expect(await p.run((tx) => listLadders(tx, { orgId: p.org.id }))).toMatchObject([{ ladderId: ladder.ladderId, clients: 1 }]);

    // The coach rewrites level 3 and drops the last level.
    const input = editedInput(published, (draft) => {
      draft.levels[2]!.title = "Present to a small unfamiliar group";
      draft.levels.pop();
    });
    const saved = await p.run((tx) =>
      updateLadderVersion(tx, { ...p.scope, ladderId: ladder.ladderId, versionId: published.latest.id, revision: published.latest.revision, input }),
    );
    expect(saved).toMatchObject({ kind: "saved", createdVersion: true, version: 2, status: "draft" });

    expect(await levelRows(published.latest.id)).toEqual(levelsBefore);
    const [publishedRow] = await t.owner.select().from(ladderVersions).where(eq(ladderVersions.id, published.latest.id));
    expect(publishedRow).toMatchObject({ status: "published", version: 1, title: "Public speaking" });
    const [assignment] = await t.owner.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(assignment).toMatchObject({ ladderVersionId: published.latest.id, currentLevelId: attemptLevel.id, startPosition: 2 });
    const [attemptAfter] = await t.owner.select().from(attempts).where(eq(attempts.id, attempt!.id));
    expect(attemptAfter?.levelId).toBe(attemptLevel.id);

    // Publishing v2 does not move anyone; the coach moves the client, who keeps their place by position.
    await publishNewest(p, ladder.ladderId);
    const stillV1 = await t.owner.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(stillV1[0]?.ladderVersionId).toBe(published.latest.id);
    const v2 = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!.latest;
    const moved = await p.run((tx) => moveAssignmentToVersion(tx, { ...p.scope, assignmentId, versionId: v2.id }));
    expect(moved).toBe(2);
    const [afterMove] = await t.owner.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(afterMove?.ladderVersionId).toBe(v2.id);
    expect(afterMove?.currentLevelId).toBe(v2.levels[2]!.id);
    expect(afterMove!.currentSince.getTime()).toBeGreaterThan(assignment!.currentSince.getTime());
    expect((await t.owner.select().from(attempts).where(eq(attempts.id, attempt!.id)))[0]?.levelId).toBe(attemptLevel.id);
    expect(await levelRows(published.latest.id)).toEqual(levelsBefore);
    // Moving again to the same version is a no-op.
    expect(await p.run((tx) => moveAssignmentToVersion(tx, { ...p.scope, assignmentId, versionId: v2.id }))).toBeNull();
  });

  it("clamps the client's level when the new version is shorter", async () => {
    const p = await arrange("clamp");
    const ladder = await copyPublicSpeaking(p);
    await publishNewest(p, ladder.ladderId);
    const v1 = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!;
    const { assignmentId } = await p.run((tx) =>
      assignLadder(tx, { ...p.scope, clientMembershipId: p.clientMembershipId, input: { ladderId: ladder.ladderId, startAt: 5, clientKey: randomUUID() } }),
    );
    const input = editedInput(v1, (draft) => draft.levels.splice(2));
    await p.run((tx) => updateLadderVersion(tx, { ...p.scope, ladderId: ladder.ladderId, versionId: v1.latest.id, revision: v1.latest.revision, input }));
    await publishNewest(p, ladder.ladderId);
    const v2 = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!.latest;
    await p.run((tx) => moveAssignmentToVersion(tx, { ...p.scope, assignmentId, versionId: v2.id }));
    const [row] = await t.owner.select().from(assignments).where(eq(assignments.id, assignmentId));
    expect(row?.currentLevelId).toBe(v2.levels[1]!.id);
  });
});

describe("two coaches editing one ladder", () => {
  it("saves the first of two edits made from the same revision and reports a conflict to the second, losing neither", async () => {
    const p = await arrange("conflict");
    const ladder = await copyPublicSpeaking(p);
    const mine = editedInput(ladder, (draft) => (draft.levels[0]!.title = "Mine: present to one friend"));
    const theirs = editedInput(ladder, (draft) => (draft.description = "Theirs: a shorter description"));
    const base = { ...p.scope, ladderId: ladder.ladderId, versionId: ladder.latest.id, revision: ladder.latest.revision };

    const results: SaveLadderResult[] = await Promise.all([
      p.run((tx) => updateLadderVersion(tx, { ...base, input: mine })),
      p.run((tx) => updateLadderVersion(tx, { ...base, input: theirs })),
    ]);
    const saved = results.filter((result) => result.kind === "saved");
    const conflicts = results.filter((result) => result.kind === "conflict");
    expect(saved).toHaveLength(1);
    expect(conflicts).toEqual([{ kind: "conflict", current: { versionId: ladder.latest.id, version: 1, revision: ladder.latest.revision + 1, status: "draft" } }]);

    // Exactly one edit is stored, whole; the other coach still holds theirs and can reapply it on the new revision.
    const stored = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!;
    const winnerIsMine = stored.latest.levels[0]!.title === mine.levels[0]!.title;
    expect(stored.latest.description).toBe(winnerIsMine ? ladder.latest.description : theirs.description);
    expect(stored.latest.levels).toHaveLength(ladder.latest.levels.length);
    const loser = winnerIsMine ? theirs : mine;
    const reapplied = await p.run((tx) => updateLadderVersion(tx, { ...base, revision: stored.latest.revision, input: loser }));
    expect(reapplied).toMatchObject({ kind: "saved", revision: ladder.latest.revision + 2 });
  });

  it("makes one new version when two coaches edit the same published version", async () => {
    const p = await arrange("conflict-published");
    const ladder = await copyPublicSpeaking(p);
    await publishNewest(p, ladder.ladderId);
    const v1 = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!;
    const base = { ...p.scope, ladderId: ladder.ladderId, versionId: v1.latest.id, revision: v1.latest.revision };
    const first = await p.run((tx) => updateLadderVersion(tx, { ...base, input: editedInput(v1, (d) => (d.title = "First coach")) }));
    const second = await p.run((tx) => updateLadderVersion(tx, { ...base, input: editedInput(v1, (d) => (d.title = "Second coach")) }));
    expect(first).toMatchObject({ kind: "saved", version: 2 });
    expect(second).toMatchObject({ kind: "conflict", current: { version: 2, status: "draft" } });
    const versions = await t.owner.select().from(ladderVersions).where(eq(ladderVersions.ladderId, ladder.ladderId));
    expect(versions.map((version) => version.title).sort()).toEqual(["First coach", "Public speaking"]);
  });

  it("does not make a new version when a published version is saved unchanged", async () => {
    const p = await arrange("unchanged");
    const ladder = await copyPublicSpeaking(p);
    await publishNewest(p, ladder.ladderId);
    const v1 = (await p.run((tx) => findLadderForEditing(tx, { orgId: p.org.id, ladderId: ladder.ladderId })))!;
    const base = { ...p.scope, ladderId: ladder.ladderId, versionId: v1.latest.id, revision: v1.latest.revision };
    const saved = await p.run((tx) => updateLadderVersion(tx, { ...base, input: editedInput(v1, () => {}) }));
    expect(saved).toMatchObject({ kind: "saved", createdVersion: false, version: 1, status: "published" });
    expect(await t.owner.select().from(ladderVersions).where(eq(ladderVersions.ladderId, ladder.ladderId))).toHaveLength(1);
    // A real change still starts version 2.
    const changed = await p.run((tx) => updateLadderVersion(tx, { ...base, input: editedInput(v1, (d) => (d.levels[0]!.difficulty = 3)) }));
    expect(changed).toMatchObject({ kind: "saved", createdVersion: true, version: 2 });
  });

  it("refuses to publish a draft that changed since the coach loaded it", async () => {
    const p = await arrange("publish-stale");
    const ladder = await copyPublicSpeaking(p);
    await p.run((tx) =>
      updateLadderVersion(tx, {
        ...p.scope,
        ladderId: ladder.ladderId,
        versionId: ladder.latest.id,
        revision: ladder.latest.revision,
        input: editedInput(ladder, (d) => (d.skill = "Changed by a colleague")),
      }),
    );
    const stale = await p.run((tx) => publishLadderVersion(tx, { ...p.scope, ladderId: ladder.ladderId, versionId: ladder.latest.id, revision: ladder.latest.revision }));
    expect(stale.kind).toBe("conflict");
    const [row] = await t.owner.select().from(ladderVersions).where(eq(ladderVersions.id, ladder.latest.id));
    expect(row?.status).toBe("draft");
  });
});

describe("another organization's ids", () => {
  it("change nothing when a coach of B passes A's ladder, version and assignment ids", async () => {
    const a = await arrange("tenant-a");
    const b = await arrange("tenant-b");
    const ladder = await copyPublicSpeaking(a);
    await publishNewest(a, ladder.ladderId);
    const v1 = (await a.run((tx) => findLadderForEditing(tx, { orgId: a.org.id, ladderId: ladder.ladderId })))!;
    const { assignmentId } = await a.run((tx) =>
      assignLadder(tx, { ...a.scope, clientMembershipId: a.clientMembershipId, input: { ladderId: ladder.ladderId, startAt: 1, clientKey: randomUUID() } }),
    );
    const snapshot = async () => ({
      versions: await t.owner.select().from(ladderVersions).where(eq(ladderVersions.ladderId, ladder.ladderId)),
      levels: await levelRows(v1.latest.id),
      assignments: await t.owner.select().from(assignments).where(eq(assignments.ladderId, ladder.ladderId)),
    });
    const before = await snapshot();

    expect(await b.run((tx) => findLadderForEditing(tx, { orgId: b.org.id, ladderId: ladder.ladderId }))).toBeNull();
    // Even naming A's org in the arguments: RLS holds B's transaction to B.
    expect(await b.run((tx) => findLadderForEditing(tx, { orgId: a.org.id, ladderId: ladder.ladderId }))).toBeNull();
    const input = editedInput(v1, (d) => (d.title = "Hijacked"));
    await expect(
      b.run((tx) => updateLadderVersion(tx, { ...b.scope, ladderId: ladder.ladderId, versionId: v1.latest.id, revision: v1.latest.revision, input })),
    ).rejects.toMatchObject({ reason: "not-found" });
    await expect(
      b.run((tx) => publishLadderVersion(tx, { ...b.scope, ladderId: ladder.ladderId, versionId: v1.latest.id, revision: v1.latest.revision })),
    ).rejects.toMatchObject({ reason: "not-found" });
    expect(await b.run((tx) => archiveLadder(tx, { ...b.scope, ladderId: ladder.ladderId }))).toBe(false);
    expect(await b.run((tx) => setAssignmentStatus(tx, { ...b.scope, clientMembershipId: a.clientMembershipId, assignmentId, action: "end" }))).toBe(false);
    expect(await b.run((tx) => moveAssignmentToVersion(tx, { ...b.scope, assignmentId, versionId: v1.latest.id }))).toBeNull();
    await expect(
      b.run((tx) => assignLadder(tx, { ...b.scope, clientMembershipId: b.clientMembershipId, input: { ladderId: ladder.ladderId, startAt: 1, clientKey: randomUUID() } })),
    ).rejects.toThrow("Choose a published ladder.");
    await expect(
      b.run((tx) => assignLadder(tx, { ...b.scope, clientMembershipId: a.clientMembershipId, input: { ladderId: ladder.ladderId, startAt: 1, clientKey: randomUUID() } })),
    ).rejects.toThrow("That client is not in this practice.");
    // Replaying A's ladder id as B's copy key makes nothing in either practice.
    await expect(
      b.run((tx) => createLadderFromTemplate(tx, { ...b.scope, templateKey: "public-speaking", clientKey: ladder.ladderId })),
    ).rejects.toMatchObject({ reason: "invalid" });

    expect(await snapshot()).toEqual(before);
    expect(await b.run((tx) => listLadders(tx, { orgId: b.org.id }))).toEqual([]);
  });
});
