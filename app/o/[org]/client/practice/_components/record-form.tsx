"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { ConfidenceField } from "./confidence-field";
import type { ReflectionPrompts } from "@/lib/practice/prompts";
import type { FormState } from "@/lib/validation/form";
import { TextArea } from "./text-area";

const ANSWER_PREFIX = "answer:";

/**
 * Record and reflect: the outcome picks the protocol's prompts (success reflection or
 * obstacle reframing). A rejected save comes back with every answer as typed.
 */
export function RecordForm({
  action,
  levelId,
  prompts,
  effortOptions,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  levelId: string;
  prompts: { success: ReflectionPrompts; setback: ReflectionPrompts };
  effortOptions: { value: number; label: string }[];
}) {
  const [state, formAction] = useActionState(action, { ok: true } as FormState);
  const values = state.values ?? {};
  // Which prompt set shows follows the checked radio through CSS (globals.css,
  // [data-outcome-prompts]), so the form works without JavaScript too.
  const outcome = values.outcome === "success" || values.outcome === "setback" ? values.outcome : null;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="levelId" value={levelId} />

      <fieldset className="space-y-2" aria-describedby={errors.outcome ? "outcome-error" : undefined}>
        <legend className="text-sm font-medium">How did it go?</legend>
        <div className="flex flex-wrap gap-3">
          {(["success", "setback"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 rounded-md bg-white px-3 py-2 ring-1 ring-ink/10">
              {/* Uncontrolled, so React's reset after a rejected save restores the submitted choice. */}
              <input type="radio" name="outcome" value={value} defaultChecked={values.outcome === value} required />
              {value === "success" ? "Success" : "Setback"}
            </label>
          ))}
        </div>
        {errors.outcome ? (
          <p id="outcome-error" role="alert" className="text-sm text-danger">
            {errors.outcome}
          </p>
        ) : null}
      </fieldset>

      <ConfidenceField label="How sure are you now that you can do this?" name="confidenceAfter" defaultValue={values.confidenceAfter ?? ""} error={errors.confidenceAfter} />

      <fieldset className="space-y-2" aria-describedby={errors.effort ? "effort-error" : undefined}>
        <legend className="text-sm font-medium">How much effort did it take?</legend>
        <div className="flex flex-wrap gap-2">
          {effortOptions.map((option) => (
            <label key={option.value} className="flex items-center gap-2 rounded-md bg-white px-3 py-2 ring-1 ring-ink/10">
              <input type="radio" name="effort" value={option.value} defaultChecked={values.effort === String(option.value)} required />
              {option.value} – {option.label}
            </label>
          ))}
        </div>
        {errors.effort ? (
          <p id="effort-error" role="alert" className="text-sm text-danger">
            {errors.effort}
          </p>
        ) : null}
      </fieldset>

      {(["success", "setback"] as const).map((kind) => {
        const set = prompts[kind];
        // Both sets stay mounted so switching the outcome never loses what was typed;
        // only the chosen outcome's answers are saved.
        return (
          <section key={kind} data-outcome-prompts={kind} aria-labelledby={`reflect-${kind}`} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-ink/5">
            <h2 id={`reflect-${kind}`} className="text-lg font-medium">
              {set.heading}
            </h2>
            <p>{set.intro}</p>
            {errors.reflection && outcome === kind ? (
              <p role="alert" className="text-sm text-danger" id={`reflection-error-${kind}`}>
                {errors.reflection}
              </p>
            ) : null}
            {set.questions.map((question) => (
              <TextArea
                key={question.id}
                label={question.text}
                name={`${ANSWER_PREFIX}${question.id}`}
                defaultValue={values[`${ANSWER_PREFIX}${question.id}`] ?? ""}
                aria-describedby={errors.reflection && outcome === kind ? `reflection-error-${kind}` : undefined}
                rows={3}
              />
            ))}
            <p className="text-sm text-muted">{set.reminder}</p>
          </section>
        );
      })}
      {outcome ? null : <p className="text-muted">Choose Success or Setback to see the reflection questions.</p>}

      <SubmitButton pendingLabel="Saving…">Save attempt</SubmitButton>
    </form>
  );
}
