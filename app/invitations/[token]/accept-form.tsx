"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";

export function AcceptInvitationForm({ accept, orgName }: { accept: (previous: FormState) => Promise<FormState>; orgName: string }) {
  const [state, action] = useActionState(accept, { ok: true } as FormState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton pendingLabel="Joining…">Join {orgName}</SubmitButton>
    </form>
  );
}
