"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { LIFE_DOMAINS } from "@/lib/inventory/domains";
import type { FormState } from "@/lib/validation/form";

/** The first page of a win: its title and the part of life it comes from. */
export function DetailsForm({
  action: serverAction,
  clientKey,
  title = "",
  domain = "",
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  clientKey?: string;
  title?: string;
  domain?: string;
  submitLabel: string;
}) {
  const [state, action] = useActionState(serverAction, { ok: true } as FormState);
  const chosen = state.values?.domain ?? domain;
  const domainError = state.fieldErrors?.domain;
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {clientKey ? <input type="hidden" name="clientKey" value={clientKey} /> : null}
      <Field
        label="Give this win a short title"
        name="title"
        hint="For example “Finished my first half-marathon” or “Presented to the board”."
        defaultValue={state.values?.title ?? title}
        error={state.fieldErrors?.title}
        autoComplete="off"
      />
      <fieldset className="space-y-2" aria-describedby={domainError ? "domain-error" : undefined}>
        <legend className="text-sm font-medium">Which part of your life is it from?</legend>
        {LIFE_DOMAINS.map((d) => (
          <label key={d.key} className="flex min-h-11 items-start gap-3 rounded-md bg-white p-3 ring-1 ring-ink/10">
            <input type="radio" name="domain" value={d.key} defaultChecked={chosen === d.key} className="mt-1 size-5 accent-brand" />
            <span>
              <span className="block font-medium">{d.label}</span>
              <span className="block text-sm text-muted">{d.prompt}</span>
            </span>
          </label>
        ))}
        {domainError ? (
          <p id="domain-error" role="alert" className="text-sm text-danger">
            {domainError}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
