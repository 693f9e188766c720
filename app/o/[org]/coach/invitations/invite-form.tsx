"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import type { FormState } from "@/lib/validation/form";

// The action arrives bound in the server component: binding here breaks the no-JS submit.
export function InviteForm({
  invite,
  canInviteStaff,
}: {
  invite: (previous: FormState, formData: FormData) => Promise<FormState>;
  canInviteStaff: boolean;
}) {
  const [state, action] = useActionState(invite, { ok: true } as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        label="Email address"
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
        key={state.ok ? "sent" : "edit"}
      />
      {canInviteStaff ? (
        <div className="space-y-1">
          <label htmlFor="role" className="block text-sm font-medium">
            Role
          </label>
          <select id="role" name="role" defaultValue={state.values?.role ?? "client"} className="block rounded-md border border-ink/20 bg-white px-3 py-2">
            <option value="client">Client</option>
            <option value="coach">Coach</option>
            <option value="admin">Admin</option>
          </select>
        </div>
      ) : (
        <input type="hidden" name="role" value="client" />
      )}
      <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
    </form>
  );
}
