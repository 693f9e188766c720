"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { setAttributionNudge } from "@/lib/reflections/set-attribution-nudge";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";

/** Switches the client's in-the-moment attribution question on or off. Authorizes itself; a foreign client is 404. */
export async function setAttributionNudgeAction(slug: string, clientMembershipId: string, formData: FormData): Promise<void> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const enabled = formData.get("enabled") === "on";
  const done = await withTenant(getDb(), member.scope, (tx) => setAttributionNudge(tx, { orgId: member.org.id, clientMembershipId, enabled }));
  if (!done) notFound();
  revalidatePath(`/o/${member.org.slug}/coach/clients/${clientMembershipId}`);
}
