"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { addAttemptComment } from "@/lib/attempts/add-attempt-comment";
import { confirmMastery } from "@/lib/attempts/confirm-mastery";
import { PracticeError } from "@/lib/attempts/errors";
import { formStrings } from "@/lib/attempts/parse-forms";
import { commentSchema } from "@/lib/attempts/validation";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf } from "@/lib/validation/form";

// Each action authorizes itself as staff: the page's check does not cover a direct POST.

export async function coachCommentAction(slug: string, attemptId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const values = formStrings(formData);
  const parsed = commentSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await withTenant(getDb(), member.scope, (tx) =>
      addAttemptComment(tx, { orgId: member.org.id, attemptId, authorMembershipId: member.membershipId, clientMembershipId: null, ...parsed.data }),
    );
  } catch (error) {
    if (error instanceof PracticeError) notFound();
    throw error;
  }
  revalidatePath(`/o/${member.org.slug}/coach/attempts/${attemptId}`);
  return { ok: true };
}

export async function confirmMasteryAction(slug: string, attemptId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  try {
    await withTenant(getDb(), member.scope, (tx) => confirmMastery(tx, { orgId: member.org.id, attemptId, userId: member.user.id }));
  } catch (error) {
    if (error instanceof PracticeError) {
      if (error.reason === "not_found") notFound();
      return { ok: false, message: error.message };
    }
    throw error;
  }
  revalidatePath(`/o/${member.org.slug}/coach/attempts/${attemptId}`);
  return { ok: true, message: "Mastery confirmed." };
}
