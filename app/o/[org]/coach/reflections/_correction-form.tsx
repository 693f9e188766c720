"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";
import { correctReflectionAction } from "./actions";

interface Option {
  value: string;
  label: string;
}

/**
 * The coach's own causes and flags for one reflection, saved beside the tagger's label.
 * Starts from what is shown now; a rejected submit keeps what was ticked and typed.
 */
export function CorrectionForm({
  slug,
  reflectionId,
  causes,
  flags,
  note,
  causeOptions,
  flagOptions,
}: {
  slug: string;
  reflectionId: string;
  causes: readonly string[];
  flags: readonly string[];
  note: string;
  causeOptions: readonly Option[];
  flagOptions: readonly Option[];
}) {
  const [state, action] = useActionState(correctReflectionAction.bind(null, slug, reflectionId), { ok: true } as FormState);
  const ticked = (field: "causes" | "flags", fallback: readonly string[]) =>
    state.values?.[field] !== undefined ? state.values[field]!.split(",").filter(Boolean) : fallback;
  const checkedCauses = ticked("causes", causes);
  const checkedFlags = ticked("flags", flags);
  const id = (name: string) => `${name}-${reflectionId}`;
  return (
    <form action={action} className="space-y-3" aria-label="Correct the labels">
      <FormMessage message={state.message} ok={state.ok} />
      <fieldset>
        <legend className="text-sm font-medium">Causes the client gives</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {causeOptions.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="causes" value={option.value} defaultChecked={checkedCauses.includes(option.value)} />
              {option.label}
            </label>
          ))}
        </div>
        {state.fieldErrors?.causes ? <p className="text-sm text-danger" role="alert">{state.fieldErrors.causes}</p> : null}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">Flags</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {flagOptions.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="flags" value={option.value} defaultChecked={checkedFlags.includes(option.value)} />
              {option.label}
            </label>
          ))}
        </div>
        {state.fieldErrors?.flags ? <p className="text-sm text-danger" role="alert">{state.fieldErrors.flags}</p> : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={id("note")} className="block text-sm font-medium">
          Note (optional)
        </label>
        <textarea
          id={id("note")}
          name="note"
          rows={2}
          maxLength={1000}
          defaultValue={state.values?.note ?? note}
          aria-invalid={state.fieldErrors?.note ? true : undefined}
          aria-describedby={state.fieldErrors?.note ? id("note-error") : undefined}
          className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2 text-sm"
        />
        {state.fieldErrors?.note ? (
          <p id={id("note-error")} className="text-sm text-danger" role="alert">
            {state.fieldErrors.note}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Saving…">Save correction</SubmitButton>
    </form>
  );
}
