import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditLog, clientProfiles, emailOutbox, memberships, screenings } from "@/db/schema";
import { hasUnacknowledgedScreeningFlag } from "@/lib/clients/screening-gate";
import { intakeRequired } from "@/lib/intake/intake-required";
import { loadIntake } from "@/lib/intake/load-intake";
import { saveIntakeGoals } from "@/lib/intake/save-goals";
import { acknowledgeScreening } from "@/lib/screening/acknowledge-screening";
import { loadClientScreenings } from "@/lib/screening/load-client-screenings";
import { requestScreening } from "@/lib/screening/request-screening";
import { sendScreeningAlert } from "@/lib/screening/send-screening-alert";
import { submitScreeningSection } from "@/lib/screening/submit-section";
import { canSeeScreeningDetails } from "@/lib/screening/visibility";
import type { SectionId } from "@/lib/screening/sections";
import { enterTenant, withTenant } from "@/lib/tenancy/scope";
import { createPractice, createUser } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** A practice whose owner coaches one new client (intake not started). */
async function arrange(label: string, { withCoach = true } = {}) {
  const { owner, org } = await createPractice(t.db, label);
  const client = await createUser(t.db);
  const ids = await t.owner.transaction(async (tx) => {
    await enterTenant(tx, { orgId: org.id, userId: null });
    const [coach] = await tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.orgId, org.id), eq(memberships.userId, owner.id)));
    const [row] = await tx
      .insert(memberships)
      .values({ orgId: org.id, userId: client.id, role: "client", coachMembershipId: withCoach ? coach!.id : null })
      .returning({ id: memberships.id });
    return { coachMembershipId: coach!.id, clientMembershipId: row!.id };
  });
  const clientScope = { orgId: org.id, userId: client.id };
  const coachScope = { orgId: org.id, userId: owner.id };
  const key = { orgId: org.id, clientMembershipId: ids.clientMembershipId };
  const submit = (section: SectionId, input: Record<string, unknown>) =>
    withTenant(t.db, clientScope, (tx) => submitScreeningSection(tx, { ...key, section, input }));
  return { owner, org, client, ...ids, clientScope, coachScope, key, submit };
}

const NO_CONCERNS = { lh_1: "0", lh_2: "1", lh_3: "0", pt_event: "no", pt_distress: "never" };

async function screeningRows(db: Database, clientMembershipId: string) {
  return db.select().from(screenings).where(eq(screenings.clientMembershipId, clientMembershipId));
}

describe("intake screening", () => {
  it("an unflagged client goes goals → PHQ-2 → other questions → done, and the result is stored", async () => {
    const p = await arrange("calm");
    expect(await withTenant(t.db, p.clientScope, (tx) => intakeRequired(tx, p.key))).toBe(true);
    expect(await withTenant(t.db, p.clientScope, (tx) => loadIntake(tx, p.key))).toEqual({ step: "goals", goals: null });

    await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "Speak up in meetings" }));
    expect(await withTenant(t.db, p.clientScope, (tx) => loadIntake(tx, p.key))).toMatchObject({ step: "phq2" });

    expect(await p.submit("phq2", { phq9_1: "1", phq9_2: "1" })).toMatchObject({ kind: "saved", step: "other" });
    expect(await p.submit("other", NO_CONCERNS)).toMatchObject({ kind: "saved", step: "done", completedNow: true, safety: false });

    const [row] = await screeningRows(t.owner, p.clientMembershipId);
    expect(row).toMatchObject({ status: "complete", safety: false, referralSuggested: false });
    expect(row!.result).toMatchObject({ complete: true, phq2Total: 2, phq2Positive: false, flags: [] });
    expect(row!.answers).toMatchObject({ phq9_1: 1, phq9_2: 1, pt_event: "no" });
    const [profile] = await t.owner.select().from(clientProfiles).where(eq(clientProfiles.membershipId, p.clientMembershipId));
    expect(profile?.goals).toBe("Speak up in meetings");
    expect(profile?.intakeCompletedAt).toBeInstanceOf(Date);
    expect(await withTenant(t.db, p.clientScope, (tx) => intakeRequired(tx, p.key))).toBe(false);
    expect(await withTenant(t.db, p.clientScope, (tx) => loadIntake(tx, p.key))).toEqual({ step: "finished", safety: false });
    expect(await withTenant(t.db, p.coachScope, (tx) => hasUnacknowledgedScreeningFlag(tx, p.key))).toBe(false);
  });

  it("a PHQ-9 total of 10 or more flags the client until a coach acknowledges it (audited)", async () => {
    const p = await arrange("flag");
    await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "Run a 10k" }));
    expect(await p.submit("phq2", { phq9_1: "2", phq9_2: "2" })).toMatchObject({ step: "phq9" });
    const phq9 = { phq9_3: "2", phq9_4: "2", phq9_5: "1", phq9_6: "1", phq9_7: "0", phq9_8: "0", phq9_9: "0", phq9_difficulty: "" };
    expect(await p.submit("phq9", phq9)).toMatchObject({ step: "other" });
    expect(await p.submit("other", NO_CONCERNS)).toMatchObject({ step: "done", completedNow: true });

    const [row] = await screeningRows(t.owner, p.clientMembershipId);
    expect(row).toMatchObject({ status: "complete", safety: false, referralSuggested: true });
    expect(row!.result).toMatchObject({ phq9Total: 10, phq9Severity: "moderate", flags: [{ kind: "depression" }] });
    expect(await withTenant(t.db, p.coachScope, (tx) => hasUnacknowledgedScreeningFlag(tx, p.key))).toBe(true);
    // The client's own view says only that it is finished.
    expect(await withTenant(t.db, p.clientScope, (tx) => loadIntake(tx, p.key))).toEqual({ step: "finished", safety: false });

    expect(await withTenant(t.db, p.coachScope, (tx) => acknowledgeScreening(tx, { ...p.key, userId: p.owner.id }))).toBe(1);
    expect(await withTenant(t.db, p.coachScope, (tx) => hasUnacknowledgedScreeningFlag(tx, p.key))).toBe(false);
    expect(await withTenant(t.db, p.coachScope, (tx) => acknowledgeScreening(tx, { ...p.key, userId: p.owner.id }))).toBe(0);
    const audits = await t.owner.select().from(auditLog).where(and(eq(auditLog.orgId, p.org.id), eq(auditLog.action, "screening.acknowledged")));
    expect(audits).toHaveLength(1);
    const view = await withTenant(t.db, p.coachScope, (tx) => loadClientScreenings(tx, { ...p.key, withDetails: true }));
    expect(view.latest).toMatchObject({ referralSuggested: true, acknowledgedBy: p.owner.name });
    expect(view.unacknowledged).toBe(0);
  });

  it("once the intake is done, re-posting the goals cannot start a fresh screening that hides a flag", async () => {
    const p = await arrange("rerun");
    await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "Speak up in meetings" }));
    await p.submit("phq2", { phq9_1: "2", phq9_2: "2" });
    await p.submit("phq9", { phq9_3: "2", phq9_4: "2", phq9_5: "1", phq9_6: "1", phq9_7: "0", phq9_8: "0", phq9_9: "0", phq9_difficulty: "" });
    await p.submit("other", NO_CONCERNS);

    const again = await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "Something else" }));
    expect(again.screeningId).toBeNull();
    expect(await screeningRows(t.owner, p.clientMembershipId)).toHaveLength(1);

    // Even when a coach-requested re-run comes back clean, the unacknowledged flag stays in front.
    await withTenant(t.db, p.coachScope, (tx) => requestScreening(tx, { ...p.key, userId: p.owner.id }));
    await p.submit("phq2", { phq9_1: "0", phq9_2: "0" });
    await p.submit("other", NO_CONCERNS);
    const view = await withTenant(t.db, p.coachScope, (tx) => loadClientScreenings(tx, { ...p.key, withDetails: true }));
    expect(view.latest).toMatchObject({ referralSuggested: true, acknowledgedAt: null });
    expect(view.unacknowledged).toBe(1);
  });

  it("an answer above zero to item 9 takes the safety route at once: urgent flag, and one email to the coach without answers", async () => {
    const p = await arrange("safety");
    await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "Sit my exam" }));
    await p.submit("phq2", { phq9_1: "2", phq9_2: "1" });
    const phq9 = { phq9_3: "0", phq9_4: "0", phq9_5: "0", phq9_6: "0", phq9_7: "0", phq9_8: "0", phq9_9: "1" };
    const result = await p.submit("phq9", phq9);
    expect(result).toMatchObject({ kind: "saved", step: "safety", completedNow: true, safety: true });

    const [row] = await screeningRows(t.owner, p.clientMembershipId);
    expect(row).toMatchObject({ status: "complete", safety: true, referralSuggested: true });
    expect(await withTenant(t.db, p.clientScope, (tx) => loadIntake(tx, p.key))).toEqual({ step: "finished", safety: true });

    const screeningId = result.kind === "saved" ? result.screeningId! : "";
    await sendScreeningAlert(t.db, p.clientScope, { clientMembershipId: p.clientMembershipId, screeningId });
    await sendScreeningAlert(t.db, p.clientScope, { clientMembershipId: p.clientMembershipId, screeningId });
    const mail = await t.owner.select().from(emailOutbox).where(and(eq(emailOutbox.kind, "screening_alert"), eq(emailOutbox.orgId, p.org.id)));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.toAddress).toBe(p.owner.email);
    expect(mail[0]!.text).toContain(`/o/${p.org.slug}/coach/clients/${p.clientMembershipId}`);
    expect(mail[0]!.subject).toContain("need your attention");
    for (const secret of ["PHQ", "item 9", "self-harm", "score", p.client.email]) {
      expect(mail[0]!.text).not.toContain(secret);
      expect(mail[0]!.html).not.toContain(secret);
    }
  });

  it("without a coach, the safety email goes to the practice's owners and admins", async () => {
    const p = await arrange("nocoach", { withCoach: false });
    await p.submit("phq2", { phq9_1: "3", phq9_2: "3" });
    const result = await p.submit("phq9", { phq9_3: "3", phq9_4: "3", phq9_5: "3", phq9_6: "3", phq9_7: "3", phq9_8: "3", phq9_9: "2" });
    expect(result).toMatchObject({ step: "safety" });
    await sendScreeningAlert(t.db, p.clientScope, { clientMembershipId: p.clientMembershipId, screeningId: result.kind === "saved" ? result.screeningId! : "" });
    const mail = await t.owner.select().from(emailOutbox).where(and(eq(emailOutbox.kind, "screening_alert"), eq(emailOutbox.orgId, p.org.id)));
    expect(mail.map((m) => m.toAddress)).toEqual([p.owner.email]);
  });

  it("a second submission of the same page, or of the intake, creates nothing new", async () => {
    const p = await arrange("twice");
    await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "One" }));
    await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "One, said better" }));
    await Promise.all([p.submit("phq2", { phq9_1: "0", phq9_2: "0" }), p.submit("phq2", { phq9_1: "0", phq9_2: "0" })]);
    expect(await screeningRows(t.owner, p.clientMembershipId)).toHaveLength(1);
    // A stale repeat of an earlier page reports where the client really is and changes nothing.
    expect(await p.submit("phq2", { phq9_1: "3", phq9_2: "3" })).toMatchObject({ step: "other", completedNow: false });
    await p.submit("other", NO_CONCERNS);
    expect(await p.submit("other", NO_CONCERNS)).toMatchObject({ step: "done", completedNow: false, screeningId: null });
    const rows = await screeningRows(t.owner, p.clientMembershipId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toMatchObject({ phq9_1: 0, phq9_2: 0 });
    const [profile] = await t.owner.select().from(clientProfiles).where(eq(clientProfiles.membershipId, p.clientMembershipId));
    expect(profile?.goals).toBe("One, said better");
  });

  it("an unanswered question is refused with its wording, and nothing is saved", async () => {
    const p = await arrange("empty");
    const result = await p.submit("phq2", { phq9_1: "1", phq9_2: "" });
    expect(result).toEqual({ kind: "invalid", fieldErrors: { phq9_2: expect.stringContaining("Feeling down, depressed, or hopeless") } });
    const rows = await screeningRows(t.owner, p.clientMembershipId);
    expect(rows.every((row) => Object.keys(row.answers).length === 0)).toBe(true);
  });

  it("answers are for the client's coach and admins only: not the client, not another coach", async () => {
    const p = await arrange("private");
    await p.submit("phq2", { phq9_1: "3", phq9_2: "3" });
    await p.submit("phq9", { phq9_3: "3", phq9_4: "3", phq9_5: "3", phq9_6: "0", phq9_7: "0", phq9_8: "0", phq9_9: "0" });
    await p.submit("other", NO_CONCERNS);

    const clientView = await withTenant(t.db, p.clientScope, (tx) => loadIntake(tx, p.key));
    expect(clientView).toEqual({ step: "finished", safety: false });
    expect(JSON.stringify(clientView)).not.toMatch(/phq|score|total|flag/i);

    const client = { coachMembershipId: p.coachMembershipId };
    expect(canSeeScreeningDetails({ role: "coach", membershipId: p.coachMembershipId }, client)).toBe(true);
    expect(canSeeScreeningDetails({ role: "admin", membershipId: "someone-else" }, client)).toBe(true);
    expect(canSeeScreeningDetails({ role: "coach", membershipId: "another-coach" }, client)).toBe(false);
    expect(canSeeScreeningDetails({ role: "client", membershipId: p.clientMembershipId }, client)).toBe(false);

    const hidden = await withTenant(t.db, p.coachScope, (tx) => loadClientScreenings(tx, { ...p.key, withDetails: false }));
    expect(hidden.latest).toMatchObject({ referralSuggested: true, answers: null, flags: null });
    const shown = await withTenant(t.db, p.coachScope, (tx) => loadClientScreenings(tx, { ...p.key, withDetails: true }));
    expect(shown.latest?.answers).toMatchObject({ phq9_1: 3 });
    expect(shown.latest?.flags?.map((f) => f.kind)).toEqual(["depression"]);
  });

  it("a coach's repeat request sends the client back to the screening, once however often it is asked", async () => {
    const p = await arrange("repeat");
    await withTenant(t.db, p.clientScope, (tx) => saveIntakeGoals(tx, { ...p.key, goals: "Lead a workshop" }));
    await p.submit("phq2", { phq9_1: "0", phq9_2: "0" });
    await p.submit("other", NO_CONCERNS);
    expect(await withTenant(t.db, p.clientScope, (tx) => intakeRequired(tx, p.key))).toBe(false);

    await withTenant(t.db, p.coachScope, (tx) => requestScreening(tx, { ...p.key, userId: p.owner.id }));
    await withTenant(t.db, p.coachScope, (tx) => requestScreening(tx, { ...p.key, userId: p.owner.id }));
    const rows = await screeningRows(t.owner, p.clientMembershipId);
    expect(rows.filter((row) => row.status === "in_progress")).toHaveLength(1);
    expect(rows.find((row) => row.status === "in_progress")?.requestedByUserId).toBe(p.owner.id);
    expect(await withTenant(t.db, p.clientScope, (tx) => intakeRequired(tx, p.key))).toBe(true);
    // Goals are already known: straight to the questions.
    expect(await withTenant(t.db, p.clientScope, (tx) => loadIntake(tx, p.key))).toMatchObject({ step: "phq2" });
    await p.submit("phq2", { phq9_1: "0", phq9_2: "1" });
    await p.submit("other", NO_CONCERNS);
    expect(await withTenant(t.db, p.clientScope, (tx) => intakeRequired(tx, p.key))).toBe(false);
    expect(await screeningRows(t.owner, p.clientMembershipId)).toHaveLength(2);
  });
});
