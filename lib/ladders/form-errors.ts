import type { z } from "zod";

/**
 * Flattens a zod error to one message per field, keyed by dotted path
 * ("title", "levels.1.difficulty"), so a re-rendered form can show each message
 * beside the field whose text it kept. The first message per field wins:
 * one clear instruction beats a stack of them.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
