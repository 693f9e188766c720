"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";

/** One recall question. An over-long or empty answer comes back with its message and the text as typed. */
export function AnswerForm({
  action: serverAction,
  questionKey,
  question,
  answer,
  submitLabel,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  questionKey: string;
  question: string;
  answer: string;
  submitLabel: string;
}) {
  const [state, action] = useActionState(serverAction, { ok: true } as FormState);
  const error = state.fieldErrors?.answer ?? state.fieldErrors?.key;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="key" value={questionKey} />
      <div className="space-y-1">
        <label htmlFor="answer" className="block text-lg font-medium">
          {question}
        </label>
        <textarea
          id="answer"
          name="answer"
          rows={6}
          autoFocus
          defaultValue={state.values?.answer ?? answer}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "answer-error" : undefined}
          className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2 text-base aria-invalid:border-danger"
        />
        {error ? (
          <p id="answer-error" role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
