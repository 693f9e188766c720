"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, orgName }: { token: string; orgName: string }) {
  const [state, action] = useActionState(acceptInvitationAction.bind(null, token), { ok: true } as FormState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton pendingLabel="Joining…">Join {orgName}</SubmitButton>
    </form>
  );
}
