"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/validation/form";
import { answerFollowUpAction } from "./actions";

const MAX = 2000;

function Buttons() {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-col gap-3 sm:flex-row">
      <button
        type="submit"
        name="intent"
        value="add"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-3 font-medium text-white hover:bg-brand/90 disabled:opacity-60 sm:py-2"
      >
        Add to my reflection
      </button>
      <button
        type="submit"
        name="intent"
        value="skip"
        disabled={pending}
        className="rounded-md border border-ink/20 bg-white px-4 py-3 font-medium hover:bg-paper disabled:opacity-60 sm:py-2"
      >
        Skip
      </button>
    </div>
  );
}

export function FollowUpForm({ slug, reflectionId, question }: { slug: string; reflectionId: string; question: string }) {
  const [state, action] = useActionState(answerFollowUpAction.bind(null, slug, reflectionId), { ok: true } as FormState);
  const error = state.fieldErrors?.addition;
  return (
    <form action={action} className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="addition" className="block font-medium">
          Add to your reflection
        </label>
        <p id="addition-hint" className="text-sm text-muted">
          {question} Optional; up to 2,000 characters.
        </p>
        <textarea
          id="addition"
          name="addition"
          rows={5}
          maxLength={MAX}
          defaultValue={state.values?.addition ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "addition-hint addition-error" : "addition-hint"}
          autoFocus
          className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2 text-base aria-invalid:border-danger"
        />
        {error ? (
          <p id="addition-error" className="text-sm text-danger" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <Buttons />
    </form>
  );
}
