import type { z } from "zod";

/**
 * What a server action returns to its form: field messages plus the values the user
 * typed, so a rejected form re-renders with their input intact.
 */
export interface FormState<Values extends Record<string, string> = Record<string, string>> {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<keyof Values & string, string>>;
  values?: Partial<Values>;
}

export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

export const emailSchemaMessage = "Enter an email address like name@example.com.";
