"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";
import { saveGoalsAction } from "./actions";

export function GoalsForm({ slug, goals }: { slug: string; goals: string }) {
  const [state, action] = useActionState(saveGoalsAction.bind(null, slug), { ok: true } as FormState);
  const error = state.fieldErrors?.goals;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <div className="space-y-1">
        <label htmlFor="goals" className="block font-medium">
          What would you like to be able to do, that feels hard today?
        </label>
        <p id="goals-hint" className="text-sm text-muted">
          A sentence or two in your own words, for example &ldquo;speak up in team meetings&rdquo; or &ldquo;run a 10k&rdquo;.
        </p>
        <textarea
          id="goals"
          name="goals"
          rows={4}
          defaultValue={state.values?.goals ?? goals}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "goals-hint goals-error" : "goals-hint"}
          className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2 text-base aria-invalid:border-danger"
        />
        {error ? (
          <p id="goals-error" role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Saving…">Continue</SubmitButton>
    </form>
  );
}
