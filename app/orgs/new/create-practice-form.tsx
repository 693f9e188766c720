"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { slugify } from "@/lib/tenancy/slug";
import type { FormState } from "@/lib/validation/form";
import { createPractice } from "./actions";

export function CreatePracticeForm({ timeZones, defaultTimeZone }: { timeZones: string[]; defaultTimeZone: string }) {
  const [state, action] = useActionState(createPractice, { ok: true } as FormState);
  const [slug, setSlug] = useState(state.values?.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(Boolean(state.values?.slug));
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        label="Practice name"
        name="name"
        required
        defaultValue={state.values?.name ?? ""}
        error={state.fieldErrors?.name}
        onChange={(event) => {
          if (!slugEdited) setSlug(slugify(event.currentTarget.value));
        }}
      />
      <Field
        label="Address"
        name="slug"
        required
        value={slug}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.currentTarget.value);
        }}
        hint="Your practice lives at /o/<address>. Lowercase letters, numbers and hyphens."
        error={state.fieldErrors?.slug}
      />
      <div className="space-y-1">
        <label htmlFor="timezone" className="block text-sm font-medium">
          Time zone
        </label>
        <select
          id="timezone"
          name="timezone"
          defaultValue={state.values?.timezone || defaultTimeZone}
          className="block w-full rounded-md border border-ink/20 bg-white px-3 py-2"
          aria-invalid={state.fieldErrors?.timezone ? true : undefined}
        >
          {timeZones.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </select>
        {state.fieldErrors?.timezone ? <p className="text-sm text-danger">{state.fieldErrors.timezone}</p> : null}
      </div>
      <SubmitButton pendingLabel="Creating…">Create practice</SubmitButton>
    </form>
  );
}
