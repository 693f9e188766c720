"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { ConfidenceField } from "./confidence-field";
import type { FormState } from "@/lib/validation/form";

/** Confidence before, and an optional plan; "I'm ready" creates the attempt. */
export function PrepareForm({
  action,
  clientKey,
  levelId,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  clientKey: string;
  levelId: string;
}) {
  const [state, formAction] = useActionState(action, { ok: true } as FormState);
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <input type="hidden" name="levelId" value={levelId} />
      <ConfidenceField label="How sure are you that you can do this?" name="confidenceBefore" defaultValue={values.confidenceBefore ?? ""} error={state.fieldErrors?.confidenceBefore} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Plan it (optional)</legend>
        <Field label="When" name="plannedAt" type="datetime-local" defaultValue={values.plannedAt ?? ""} error={state.fieldErrors?.plannedAt} />
        <Field label="Where" name="plannedWhere" maxLength={200} defaultValue={values.plannedWhere ?? ""} error={state.fieldErrors?.plannedWhere} />
      </fieldset>
      <SubmitButton pendingLabel="Getting ready…">I&apos;m ready</SubmitButton>
    </form>
  );
}
