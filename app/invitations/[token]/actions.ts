"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { AcceptInvitationError, acceptInvitation } from "@/lib/invitations/accept-invitation";
import type { FormState } from "@/lib/validation/form";

export async function acceptInvitationAction(token: string, _previous: FormState): Promise<FormState> {
  const user = await requireUser(`/invitations/${token}`);
  let orgSlug: string;
  let role: string;
  try {
    ({ orgSlug, role } = await acceptInvitation(getDb(), { token, user }));
  } catch (error) {
    if (error instanceof AcceptInvitationError) return { ok: false, message: error.message };
    throw error;
  }
  redirect(`/o/${orgSlug}/${role === "client" ? "client" : "coach"}`);
}
