"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { createEntry, updateEntryDetails } from "@/lib/inventory/create-entry";
import { entryDraftSchema, guidedAnswerSchema } from "@/lib/inventory/entry";
import { PIN_DRAFT_MESSAGE, setEntryPinned } from "@/lib/inventory/pin-entry";
import { saveEntryAnswer } from "@/lib/inventory/save-entry-answer";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form";

// Each action authorizes itself as the client and touches only the client's own entries:
// an entry id that is not theirs reads as not found.

function base(slug: string) {
  return `/o/${slug}/client/wins`;
}

export async function createEntryAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formValues(formData, ["title", "domain", "clientKey"]);
  const parsed = entryDraftSchema.safeParse({ title: values.title, domain: values.domain || undefined });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const entry = await withTenant(getDb(), member.scope, (tx) =>
    createEntry(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, clientKey: values.clientKey ?? "", ...parsed.data }),
  );
  if (!entry) notFound();
  redirect(`${base(member.org.slug)}/${entry.id}`);
}

export async function updateDetailsAction(slug: string, entryId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formValues(formData, ["title", "domain"]);
  const parsed = entryDraftSchema.safeParse({ title: values.title, domain: values.domain || undefined });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const updated = await withTenant(getDb(), member.scope, (tx) =>
    updateEntryDetails(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, entryId, ...parsed.data }),
  );
  if (!updated) notFound();
  redirect(`${base(member.org.slug)}/${entryId}`);
}

export async function saveAnswerAction(slug: string, entryId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formValues(formData, ["key", "answer"]);
  const parsed = guidedAnswerSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const saved = await withTenant(getDb(), member.scope, (tx) =>
    saveEntryAnswer(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, entryId, ...parsed.data }),
  );
  if (!saved) notFound();
  redirect(`${base(member.org.slug)}/${entryId}`);
}

export async function pinAction(slug: string, formData: FormData): Promise<void> {
  const member = await requireMember(slug, { roles: ["client"] });
  const entryId = String(formData.get("entryId") ?? "");
  const pinned = formData.get("pinned") === "1";
  const back = formData.get("from") === "entry" ? `${base(member.org.slug)}/${entryId}` : base(member.org.slug);
  const result = await withTenant(getDb(), member.scope, (tx) =>
    setEntryPinned(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, entryId, pinned }),
  );
  if (!result) notFound();
  revalidatePath(base(member.org.slug));
  if (!result.ok) redirect(`${back}?notice=${result.message === PIN_DRAFT_MESSAGE ? "pin-draft" : "pin-limit"}`);
  redirect(back);
}
