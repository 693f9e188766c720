"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { CAPABILITY_PREFIX } from "@/lib/reliving/statements";
import type { FormState } from "@/lib/validation/form";

/** What the client keeps from the session: their anchor cue and their capability statement. */
export function RecordForm({
  action: serverAction,
  sessionKey,
  anchorCue,
  capabilityEnding,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  sessionKey: string;
  anchorCue: string;
  capabilityEnding: string;
}) {
  const [state, action] = useActionState(serverAction, { ok: true } as FormState);
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <input type="hidden" name="sessionKey" value={sessionKey} />
      <Field
        label="Your anchor cue"
        name="anchorCue"
        hint="The small touch (and word, if you chose one) you linked to the feeling, e.g. “thumb and finger together”."
        defaultValue={state.values?.anchorCue ?? anchorCue}
        error={state.fieldErrors?.anchorCue}
        autoComplete="off"
      />
      <Field
        label={`${CAPABILITY_PREFIX} …`}
        name="capabilityStatement"
        hint="Finish the sentence in your own words, from what this win showed you."
        defaultValue={state.values?.capabilityStatement ?? capabilityEnding}
        error={state.fieldErrors?.capabilityStatement}
        autoComplete="off"
      />
      <SubmitButton pendingLabel="Saving…">Save my anchor and statement</SubmitButton>
    </form>
  );
}
