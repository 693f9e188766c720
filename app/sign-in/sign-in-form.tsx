"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";
import { requestSignInLink } from "./actions";

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl: string; defaultEmail?: string }) {
  const [state, action] = useActionState(requestSignInLink, { ok: true } as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? defaultEmail ?? ""}
        error={state.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…">Email me a sign-in link</SubmitButton>
    </form>
  );
}
