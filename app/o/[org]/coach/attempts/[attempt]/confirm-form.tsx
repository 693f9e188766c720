"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";

export function ConfirmMasteryForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, { ok: true } as FormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton pendingLabel="Confirming…">Confirm mastery</SubmitButton>
    </form>
  );
}
