import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "@/db/client";
import { assignments, attemptComments, attempts, levelMasteries, memberships, reflections, screenings } from "@/db/schema";
import { findAttempt } from "@/lib/attempts/find-attempt";
import { loadClientHome } from "@/lib/progress/load-client-home";
import { loadClientProgress } from "@/lib/progress/load-client-progress";
import { loadPracticeAttention } from "@/lib/progress/load-practice-attention";
import { enterTenant, withTenant } from "@/lib/tenancy/scope";
import { createPractice, createUser } from "../support/factories";
import { arrangeAssignment } from "../support/ladder-factory";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

async function arrangeClient(label: string) {
  const practice = await createPractice(t.db, label);
  const orgId = practice.org.id;
  const clientUser = await createUser(t.db, undefined, `Client ${label}`);
  const ids = await t.owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId, userId: null });
    const [coach] = await tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, practice.owner.id)));
    const [client] = await tx.insert(memberships).values({ orgId, userId: clientUser.id, role: "client", coachMembershipId: coach!.id }).returning({ id: memberships.id });
    return { coachMembershipId: coach!.id, clientMembershipId: client!.id };
  });
  const arranged = await arrangeAssignment(t.owner, { orgId, clientMembershipId: ids.clientMembershipId });
  return { orgId, ...ids, ...arranged, clientScope: { orgId, userId: clientUser.id }, coachScope: { orgId, userId: practice.owner.id } };
}
type Arranged = Awaited<ReturnType<typeof arrangeClient>>;

const DAY = 24 * 60 * 60 * 1000;

/** `outcomes` recorded attempts on level 1, one a day ending yesterday, each with a reflection and a comment from each side. */
async function arrangeAttempts(p: Arranged, outcomes: readonly ("success" | "setback")[], confidenceBefore = 60) {
  const start = Date.now() - outcomes.length * DAY;
  const rows = outcomes.map((outcome, index) => {
    const at = new Date(start + index * DAY);
    return {
      orgId: p.orgId,
      assignmentId: p.assignment.id,
      levelId: p.levels[0]!.id,
      clientMembershipId: p.clientMembershipId,
      clientKey: randomUUID(),
      status: "recorded" as const,
      confidenceBefore,
      outcome,
      confidenceAfter: 70,
      effort: 3,
      recordedAt: at,
      createdAt: at,
      lastActivityAt: at,
    };
  });
  const inserted: { id: string; outcome: "success" | "setback" | null }[] = [];
  for (let i = 0; i < rows.length; i += 100) inserted.push(...(await t.owner.insert(attempts).values(rows.slice(i, i + 100)).returning({ id: attempts.id, outcome: attempts.outcome })));
  await t.owner.insert(reflections).values(
    inserted.map((row) => ({ orgId: p.orgId, clientMembershipId: p.clientMembershipId, source: "attempt" as const, attemptId: row.id, outcome: row.outcome!, text: "I prepared my notes." })),
  );
  await t.owner.insert(attemptComments).values(
    inserted.flatMap((row, index) => [
      { orgId: p.orgId, attemptId: row.id, authorMembershipId: p.coachMembershipId, clientKey: randomUUID(), body: "What did you notice?", createdAt: new Date(rows[index]!.createdAt.getTime() + 60_000) },
      { orgId: p.orgId, attemptId: row.id, authorMembershipId: p.clientMembershipId, clientKey: randomUUID(), body: "That I slowed down.", createdAt: new Date(rows[index]!.createdAt.getTime() + 120_000) },
    ]),
  );
  // The assignment began before these attempts, so they count toward its current level.
  await t.owner.update(assignments).set({ currentSince: new Date(start - DAY), createdAt: new Date(start - DAY) }).where(eq(assignments.id, p.assignment.id));
  return inserted;
}

async function countQueries<T>(scope: { orgId: string; userId: string }, load: (tx: Parameters<Parameters<typeof withTenant>[2]>[0]) => Promise<T>) {
  let count = 0;
  const counting = createDatabase(t.appUrl, { max: 1, onQuery: () => (count += 1) });
  try {
    const result = await withTenant(counting, scope, load);
    return { count, result };
  } finally {
    await counting.$close();
  }
}

describe("pages load with a bounded number of queries", () => {
  it("issues the same number of queries for 3 attempts as for 200", async () => {
    const counts: Record<string, number[]> = { clientHome: [], coachClientProgress: [], practiceOverview: [], attemptPage: [] };
    for (const n of [3, 200]) {
      const p = await arrangeClient(`count-${n}`);
      const made = await arrangeAttempts(p, Array.from({ length: n }, () => "setback" as const));
      const scope = { orgId: p.orgId, clientMembershipId: p.clientMembershipId };

      const home = await countQueries(p.clientScope, (tx) => loadClientHome(tx, { ...scope, now: new Date(), timeZone: "UTC" }));
      const progress = await countQueries(p.coachScope, (tx) => loadClientProgress(tx, scope));
      const overview = await countQueries(p.coachScope, (tx) => loadPracticeAttention(tx, { orgId: p.orgId, now: new Date() }));
      const attempt = await countQueries(p.coachScope, (tx) => findAttempt(tx, { orgId: p.orgId, attemptId: made.at(-1)!.id }));
      expect(home.result.recent.length).toBe(Math.min(5, n));
      expect(progress.result.chart).toHaveLength(n);
      expect(overview.result[0]?.reasons.some((reason) => reason.kind === "stuck")).toBe(true);
      expect(attempt.result?.comments).toHaveLength(2);
      counts.clientHome!.push(home.count);
      counts.coachClientProgress!.push(progress.count);
      counts.practiceOverview!.push(overview.count);
      counts.attemptPage!.push(attempt.count);
    }
    // Printed for the closing note: [3 attempts, 200 attempts], set_config included.
    console.log("query counts per page loader [3 attempts, 200 attempts]:", JSON.stringify(counts));
    for (const [page, [few, many]] of Object.entries(counts)) expect(many, page).toBe(few);
  });
});

describe("the coach's view of a client's progress", () => {
  it("shows the stuck signal after three setbacks in a row, on the client page and in the overview", async () => {
    const p = await arrangeClient("stuck");
    await arrangeAttempts(p, ["success", "setback", "setback", "setback"]);
    const progress = await withTenant(t.db, p.coachScope, (tx) => loadClientProgress(tx, { orgId: p.orgId, clientMembershipId: p.clientMembershipId }));
    expect(progress.assignments[0]!.signals.map((signal) => signal.kind)).toEqual(["stuck"]);
    expect(progress.timeline[0]).toMatchObject({ outcome: "setback", reflectionText: "I prepared my notes.", newReply: true });
    const attention = await withTenant(t.db, p.coachScope, (tx) => loadPracticeAttention(tx, { orgId: p.orgId, now: new Date() }));
    expect(attention).toHaveLength(1);
    expect(attention[0]!.reasons[0]).toMatchObject({ kind: "stuck" });
    expect(attention[0]!.reasons[0]!.message).toContain(p.levels[0]!.title);
  });

  it("shows the too-easy signal after a first-try success at confidence 90 or more, and calibration with its figures", async () => {
    const p = await arrangeClient("easy");
    await arrangeAttempts(p, ["success", "success", "success"], 95);
    const progress = await withTenant(t.db, p.coachScope, (tx) => loadClientProgress(tx, { orgId: p.orgId, clientMembershipId: p.clientMembershipId }));
    expect(progress.assignments[0]!.signals.map((signal) => signal.kind)).toContain("too_easy");
    expect(progress.calibration).toMatchObject({ kind: "well_calibrated", attempts: 3, successRate: 1 });
    expect(progress.assignments[0]!.levels.map((level) => level.state)).toEqual(["current", "locked", "locked", "locked", "locked"]);
  });

  it("lists urgent safety flags first and fresh masteries last in the overview", async () => {
    const p = await arrangeClient("overview");
    const other = await t.owner.transaction(async (tx) => {
      await enterTenant(tx, { orgId: p.orgId, userId: null });
      const user = await createUser(t.db, undefined, "Another client");
      const [row] = await tx.insert(memberships).values({ orgId: p.orgId, userId: user.id, role: "client", coachMembershipId: p.coachMembershipId }).returning();
      return row!;
    });
    await t.owner.insert(screenings).values({ orgId: p.orgId, clientMembershipId: other.id, status: "complete", safety: true, completedAt: new Date() });
    await t.owner.insert(levelMasteries).values({ orgId: p.orgId, assignmentId: p.assignment.id, levelId: p.levels[0]!.id });
    const attention = await withTenant(t.db, p.coachScope, (tx) => loadPracticeAttention(tx, { orgId: p.orgId, now: new Date() }));
    expect(attention.map((item) => [item.clientId, item.reasons[0]!.kind])).toEqual([
      [other.id, "urgent"],
      [p.clientMembershipId, "newly_mastered"],
    ]);
  });

  it("marks the coach's comment as a new reply on the client's home", async () => {
    const p = await arrangeClient("reply");
    const [made] = await arrangeAttempts(p, ["success"]);
    await t.owner.insert(attemptComments).values({ orgId: p.orgId, attemptId: made!.id, authorMembershipId: p.coachMembershipId, clientKey: randomUUID(), body: "Well planned: what will you keep?" });
    const home = await withTenant(t.db, p.clientScope, (tx) => loadClientHome(tx, { orgId: p.orgId, clientMembershipId: p.clientMembershipId, now: new Date(), timeZone: "UTC" }));
    expect(home.recent[0]).toMatchObject({ id: made!.id, newReply: true });
    expect(home.assignments[0]).toMatchObject({ status: "active", currentLevel: { id: p.levels[0]!.id } });
  });
});
