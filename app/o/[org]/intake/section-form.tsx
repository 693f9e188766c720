"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { ScreeningSection } from "@/lib/screening/sections";
import type { FormState } from "@/lib/validation/form";
import { submitSectionAction } from "./actions";

/** One page of the screening: each question a group of radio buttons, answers kept on a rejected submit. */
export function SectionForm({ slug, section }: { slug: string; section: ScreeningSection }) {
  const [state, action] = useActionState(submitSectionAction.bind(null, slug, section.id), { ok: true } as FormState);
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {section.groups.map((group, groupIndex) => (
        <div key={groupIndex} className="space-y-4">
          {group.stem ? <p className="font-medium">{group.stem}</p> : null}
          {group.questions.map((question) => {
            const error = state.fieldErrors?.[question.id];
            const chosen = state.values?.[question.id] ?? "";
            return (
              <fieldset
                key={question.id}
                className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-ink/5"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${question.id}-error` : undefined}
              >
                <legend className="float-left mb-2 w-full font-medium">{question.text}</legend>
                <div className="clear-both grid gap-1 sm:grid-cols-2">
                  {question.options.map((option) => (
                    <label key={String(option.value)} className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-paper">
                      <input
                        type="radio"
                        name={question.id}
                        value={String(option.value)}
                        defaultChecked={chosen === String(option.value)}
                        className="size-5 accent-brand"
                      />
                      {option.label}
                    </label>
                  ))}
                </div>
                {error ? (
                  <p id={`${question.id}-error`} role="alert" className="text-sm text-danger">
                    {error}
                  </p>
                ) : null}
              </fieldset>
            );
          })}
        </div>
      ))}
      <SubmitButton pendingLabel="Saving…">Continue</SubmitButton>
    </form>
  );
}
