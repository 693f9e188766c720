"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { findOwnEntry } from "@/lib/inventory/find-entry";
import { isUuid } from "@/lib/inventory/ids";
import { recordRelivingSession } from "@/lib/reliving/record-session";
import { anchorCueSchema, capabilityStatementSchema } from "@/lib/reliving/statements";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form";

const recordSchema = z.object({ anchorCue: anchorCueSchema, capabilityStatement: capabilityStatementSchema });

export async function recordRelivingAction(slug: string, entryId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formValues(formData, ["anchorCue", "capabilityStatement", "sessionKey"]);
  const parsed = recordSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  if (!isUuid(values.sessionKey)) notFound();
  const scope = { orgId: member.org.id, clientMembershipId: member.membershipId };
  const recorded = await withTenant(getDb(), member.scope, async (tx) => {
    const entry = await findOwnEntry(tx, { ...scope, entryId });
    if (!entry) return false;
    await recordRelivingSession(tx, { ...scope, successEntryId: entry.id, sessionKey: values.sessionKey!, ...parsed.data });
    return true;
  });
  if (!recorded) notFound();
  redirect(`/o/${member.org.slug}/client/review?saved=anchor`);
}
