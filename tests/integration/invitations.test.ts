import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, invitations, memberships } from "@/db/schema";
import { AcceptInvitationError, acceptInvitation } from "@/lib/invitations/accept-invitation";
import { findInvitationByToken } from "@/lib/invitations/find-invitation";
import { InvitationError, inviteMember } from "@/lib/invitations/invite-member";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { findMembershipBySlug } from "@/lib/tenancy/find-membership";
import { createPractice, createUser, uniqueSuffix } from "../support/factories";
import { invitationTokenIn, latestEmail } from "../support/mail";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

async function practiceWithCoachScope(label: string) {
  const practice = await createPractice(t.db, label);
  const membership = await findMembershipBySlug(t.db, { userId: practice.owner.id, slug: practice.org.slug });
  return { ...practice, scope: { orgId: practice.org.id, userId: practice.owner.id, membershipId: membership!.membershipId, role: membership!.role } };
}

describe("inviting a client", () => {
  it("emails a single-use link that the invitee accepts into the client role with this coach", async () => {
    const p = await practiceWithCoachScope("invite");
    const email = `client-${uniqueSuffix()}@example.com`;
    await inviteMember(t.db, p.scope, { email, role: "client" });
    const mail = await latestEmail(t.owner, email, "invitation");
    expect(mail?.subject).toBe(`You're invited to Practice invite on Foothold`);
    const token = invitationTokenIn(mail!.text);

    expect(await findInvitationByToken(t.db, { token })).toMatchObject({ email, orgSlug: p.org.slug, status: "open" });

    const client = await createUser(t.db, email);
    const accepted = await acceptInvitation(t.db, { token, user: client });
    expect(accepted).toEqual({ orgSlug: p.org.slug, role: "client" });
    const membership = await findMembershipBySlug(t.db, { userId: client.id, slug: p.org.slug });
    expect(membership).toMatchObject({ role: "client", coachMembershipId: p.scope.membershipId });

    // A double click on "Join" lands on the same membership; the link is spent for anyone else.
    expect(await acceptInvitation(t.db, { token, user: client })).toEqual(accepted);
    const someoneElse = await createUser(t.db);
    await expect(acceptInvitation(t.db, { token, user: someoneElse })).rejects.toMatchObject({ reason: "accepted" });
    expect(await t.owner.select().from(memberships).where(eq(memberships.userId, client.id))).toHaveLength(1);
  });

  it("refuses an invitation addressed to another email, and creates nothing", async () => {
    const p = await practiceWithCoachScope("wrong");
    const email = `meant-${uniqueSuffix()}@example.com`;
    await inviteMember(t.db, p.scope, { email, role: "client" });
    const token = invitationTokenIn((await latestEmail(t.owner, email, "invitation"))!.text);
    const impostor = await createUser(t.db);
    const error = await acceptInvitation(t.db, { token, user: impostor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AcceptInvitationError);
    expect((error as AcceptInvitationError).message).toContain(`This invitation is for ${email}`);
    expect(await t.owner.select().from(memberships).where(eq(memberships.userId, impostor.id))).toEqual([]);
  });

  it("refuses an expired invitation with a clear reason", async () => {
    const p = await practiceWithCoachScope("expired");
    const email = `late-${uniqueSuffix()}@example.com`;
    await inviteMember(t.db, p.scope, { email, role: "client" });
    const token = invitationTokenIn((await latestEmail(t.owner, email, "invitation"))!.text);
    await t.owner.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, email));
    const user = await createUser(t.db, email);
    await expect(acceptInvitation(t.db, { token, user })).rejects.toMatchObject({ reason: "expired" });
    expect((await findInvitationByToken(t.db, { token }))?.status).toBe("expired");
  });

  it("treats a double-clicked invite as one email, and a later re-invite as a fresh link that replaces the old one", async () => {
    const p = await practiceWithCoachScope("twice");
    const email = `twice-${uniqueSuffix()}@example.com`;
    await Promise.all([inviteMember(t.db, p.scope, { email, role: "client" }), inviteMember(t.db, p.scope, { email, role: "client" })]);
    const sent = await t.owner.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.kind, "invitation")));
    expect(sent).toHaveLength(1);
    const firstToken = invitationTokenIn(sent[0]!.text);

    await t.owner.update(invitations).set({ lastSentAt: new Date(Date.now() - 120_000) }).where(eq(invitations.email, email));
    await inviteMember(t.db, p.scope, { email, role: "client" });
    const secondToken = invitationTokenIn((await latestEmail(t.owner, email, "invitation"))!.text);
    expect(secondToken).not.toBe(firstToken);
    expect(await findInvitationByToken(t.db, { token: firstToken })).toBeNull();
    expect(await t.owner.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(1);
  });

  it("does not invite someone who is already a member, and lets coaches invite clients only", async () => {
    const p = await practiceWithCoachScope("member");
    await expect(inviteMember(t.db, p.scope, { email: p.owner.email, role: "client" })).rejects.toBeInstanceOf(InvitationError);
    await expect(inviteMember(t.db, { ...p.scope, role: "coach" }, { email: "new-coach@example.com", role: "admin" })).rejects.toThrow(
      "You can't invite people with that role.",
    );
  });

  it("cannot withdraw another organization's invitation", async () => {
    const a = await practiceWithCoachScope("revoke-a");
    const b = await practiceWithCoachScope("revoke-b");
    const email = `keep-${uniqueSuffix()}@example.com`;
    await inviteMember(t.db, b.scope, { email, role: "client" });
    const [row] = await t.owner.select().from(invitations).where(eq(invitations.email, email));
    expect(await revokeInvitation(t.db, a.scope, { invitationId: row!.id })).toBe(false);
    const [after] = await t.owner.select().from(invitations).where(eq(invitations.id, row!.id));
    expect(after?.revokedAt).toBeNull();
    expect(await revokeInvitation(t.db, b.scope, { invitationId: row!.id })).toBe(true);
  });

  it("keeps an owner's staff invitation out of a coach's hands: no withdrawing, no overwriting", async () => {
    const p = await practiceWithCoachScope("staffinvite");
    const email = `future-admin-${uniqueSuffix()}@example.com`;
    await inviteMember(t.db, p.scope, { email, role: "admin" });
    const [row] = await t.owner.select().from(invitations).where(eq(invitations.email, email));
    const asCoach = { ...p.scope, role: "coach" as const };
    expect(await revokeInvitation(t.db, asCoach, { invitationId: row!.id })).toBe(false);
    await t.owner.update(invitations).set({ lastSentAt: new Date(Date.now() - 120_000) }).where(eq(invitations.id, row!.id));
    await expect(inviteMember(t.db, asCoach, { email, role: "client" })).rejects.toBeInstanceOf(InvitationError);
    const [after] = await t.owner.select().from(invitations).where(eq(invitations.id, row!.id));
    expect(after).toMatchObject({ role: "admin", revokedAt: null, tokenHash: row!.tokenHash });
  });

  it("answers an unknown or malformed token with nothing", async () => {
    expect(await findInvitationByToken(t.db, { token: "not-a-token" })).toBeNull();
    expect(await findInvitationByToken(t.db, { token: "A".repeat(43) })).toBeNull();
  });
});
