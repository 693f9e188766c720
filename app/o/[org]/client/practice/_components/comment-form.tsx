"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";
import { TextArea } from "./text-area";

/** Adds to an attempt's feedback thread. The server renders a fresh clientKey after each comment, which resets the form. */
export function CommentForm({
  action,
  clientKey,
  label,
  button,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  clientKey: string;
  label: string;
  button: string;
}) {
  const [state, formAction] = useActionState(action, { ok: true } as FormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {state.ok ? null : <FormMessage message={state.message} ok={false} />}
      <input type="hidden" name="clientKey" value={clientKey} />
      <TextArea label={label} name="body" maxLength={5000} defaultValue={state.ok ? "" : (state.values?.body ?? "")} error={state.fieldErrors?.body} required />
      <SubmitButton pendingLabel="Sending…">{button}</SubmitButton>
    </form>
  );
}
