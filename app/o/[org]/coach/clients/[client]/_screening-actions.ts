"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findClient } from "@/lib/clients/find-client";
import { acknowledgeScreening } from "@/lib/screening/acknowledge-screening";
import { requestScreening } from "@/lib/screening/request-screening";
import { canSeeScreeningDetails } from "@/lib/screening/visibility";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import type { Transaction } from "@/db/client";

// Each action authorizes itself: staff of this practice, and for this client the client's
// own coach or an owner/admin (the same people who may read the answers).
async function asScreeningReader(slug: string, clientId: string, act: (tx: Transaction, orgId: string, userId: string) => Promise<unknown>) {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  await withTenant(getDb(), member.scope, async (tx) => {
    const client = await findClient(tx, { orgId: member.org.id, clientMembershipId: clientId });
    if (!client || !canSeeScreeningDetails(member, client)) notFound();
    await act(tx, member.org.id, member.user.id);
  });
  revalidatePath(`/o/${member.org.slug}/coach/clients/${clientId}`);
}

export async function acknowledgeScreeningAction(slug: string, clientId: string): Promise<void> {
  await asScreeningReader(slug, clientId, (tx, orgId, userId) => acknowledgeScreening(tx, { orgId, clientMembershipId: clientId, userId }));
}

export async function requestScreeningAction(slug: string, clientId: string): Promise<void> {
  await asScreeningReader(slug, clientId, (tx, orgId, userId) => requestScreening(tx, { orgId, clientMembershipId: clientId, userId }));
}
