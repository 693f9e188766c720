"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { JOURNAL_TEXT_MAX } from "@/lib/inventory/journal";
import type { FormState } from "@/lib/validation/form";

export function JournalForm({
  action: serverAction,
  clientKey,
  today,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  clientKey: string;
  today: string;
}) {
  const [state, action] = useActionState(serverAction, { ok: true } as FormState);
  return (
    <form action={action} className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-ink/5" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <Field
        label="Your win, in a few words"
        name="text"
        hint={`Any size counts: something you did, tried or kept going with. Up to ${JOURNAL_TEXT_MAX} characters.`}
        defaultValue={state.values?.text ?? ""}
        error={state.fieldErrors?.text}
        autoComplete="off"
      />
      <Field
        label="When"
        name="date"
        type="date"
        max={today}
        hint="Leave as it is for today."
        defaultValue={state.values?.date ?? today}
        error={state.fieldErrors?.date}
        className="block w-full max-w-xs rounded-md border border-ink/20 bg-white px-3 py-2 text-base aria-invalid:border-danger"
      />
      <SubmitButton pendingLabel="Saving…">Add to journal</SubmitButton>
    </form>
  );
}
