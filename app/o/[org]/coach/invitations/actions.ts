"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { InvitationError, inviteMember, inviteMemberSchema } from "@/lib/invitations/invite-member";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form";

// Each action authorizes itself: the page's check does not cover a direct POST.

export async function inviteAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const values = formValues(formData, ["email", "role"]);
  const parsed = inviteMemberSchema.safeParse({ ...values, role: values.role || "client" });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await inviteMember(getDb(), { ...member.scope, membershipId: member.membershipId, role: member.role }, parsed.data);
  } catch (error) {
    if (error instanceof InvitationError) return { ok: false, message: error.message, values };
    throw error;
  }
  revalidatePath(`/o/${member.org.slug}/coach/invitations`);
  return { ok: true, message: `Invitation sent to ${parsed.data.email}.` };
}

export async function revokeAction(slug: string, formData: FormData): Promise<void> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const invitationId = formData.get("invitationId");
  if (typeof invitationId === "string") await revokeInvitation(getDb(), { ...member.scope, role: member.role }, { invitationId });
  revalidatePath(`/o/${member.org.slug}/coach/invitations`);
}
