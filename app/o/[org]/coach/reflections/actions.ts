"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { clearCorrection } from "@/lib/reflections/clear-correction";
import { correctReflection, correctionSchema } from "@/lib/reflections/correct-reflection";
import { isUuid } from "@/lib/reflections/ids";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf } from "@/lib/validation/form";

// Each action authorizes itself: the page's check does not cover a direct POST. A
// reflection outside the caller's organization is "not found" and nothing changes.

function strings(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string");
}

function revalidateViews(slug: string, clientMembershipId: string) {
  revalidatePath(`/o/${slug}/coach/reflections`);
  revalidatePath(`/o/${slug}/coach/clients/${clientMembershipId}`);
}

export async function correctReflectionAction(slug: string, reflectionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  if (!isUuid(reflectionId)) notFound();
  const input = { causes: strings(formData, "causes"), flags: strings(formData, "flags"), note: String(formData.get("note") ?? "") };
  const values = { causes: input.causes.join(","), flags: input.flags.join(","), note: input.note };
  const parsed = correctionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "The correction was not saved.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const saved = await withTenant(getDb(), member.scope, (tx) =>
    correctReflection(tx, { orgId: member.org.id, userId: member.user.id, reflectionId, correction: parsed.data }),
  );
  if (!saved) notFound();
  revalidateViews(member.org.slug, saved.clientMembershipId);
  return { ok: true, message: "Correction saved. It is shown instead of the tagger's label." };
}

export async function clearCorrectionAction(slug: string, formData: FormData): Promise<void> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const reflectionId = formData.get("reflectionId");
  if (!isUuid(reflectionId)) notFound();
  const cleared = await withTenant(getDb(), member.scope, (tx) => clearCorrection(tx, { orgId: member.org.id, reflectionId }));
  if (!cleared) notFound();
  revalidateViews(member.org.slug, cleared.clientMembershipId);
}
