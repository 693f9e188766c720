"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";
import type { AssignFormValues } from "./_assign-actions";

/** `assign` arrives bound by the server panel: binding it in the client would hang the no-JavaScript submit (vercel/next.js#98045). */
export function AssignForm({
  assign,
  clientKey,
  ladders,
}: {
  assign: (previous: FormState<AssignFormValues>, formData: FormData) => Promise<FormState<AssignFormValues>>;
  /** Made when the panel rendered: a double-clicked submit finds the assignment the first click made. */
  clientKey: string;
  ladders: { ladderId: string; title: string; version: number }[];
}) {
  const [state, action] = useActionState(assign, { ok: true } as FormState<AssignFormValues>);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <div key={state.ok ? `done:${clientKey}` : "edit"} className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="assign-ladder" className="block text-sm font-medium">
            Ladder
          </label>
          <select
            id="assign-ladder"
            name="ladderId"
            defaultValue={values.ladderId ?? ladders[0]?.ladderId}
            aria-invalid={errors.ladderId ? true : undefined}
            aria-describedby={errors.ladderId ? "ladderId-error" : undefined}
            className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2"
          >
            {ladders.map((ladder) => (
              <option key={ladder.ladderId} value={ladder.ladderId}>
                {ladder.title}
              </option>
            ))}
          </select>
          {errors.ladderId ? (
            <p id="ladderId-error" className="text-sm text-danger" role="alert">
              {errors.ladderId}
            </p>
          ) : null}
        </div>
        <Field label="Start at level" name="startAt" type="number" inputMode="numeric" min={1} step={1} defaultValue={values.startAt ?? "1"} error={errors.startAt} />
        <Field
          label="Attempts per week"
          name="cadencePerWeek"
          type="number"
          inputMode="numeric"
          min={1}
          max={14}
          step={1}
          hint="Optional: 1 to 14."
          defaultValue={values.cadencePerWeek ?? ""}
          error={errors.cadencePerWeek}
        />
        <Field label="Due date" name="dueOn" type="date" hint="Optional." defaultValue={values.dueOn ?? ""} error={errors.dueOn} />
      </div>
      <SubmitButton pendingLabel="Assigning…">Assign ladder</SubmitButton>
    </form>
  );
}
