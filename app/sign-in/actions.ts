"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { signIn } from "@/lib/auth";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/magic-link";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-limits";
import { emailAddressSchema } from "@/lib/validation/email";
import { type FormState, formValues } from "@/lib/validation/form";
import { safeRedirectPath } from "@/lib/validation/safe-redirect";

export async function requestSignInLink(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "callbackUrl"]);
  const email = emailAddressSchema.safeParse(values.email);
  if (!email.success) return { ok: false, fieldErrors: { email: email.error.issues[0]?.message }, values };

  const requestHeaders = await headers();
  // The last X-Forwarded-For hop is the one our own proxy appended; earlier ones are the client's to forge.
  const ip = requestHeaders.get("x-forwarded-for")?.split(",").at(-1)?.trim() || requestHeaders.get("x-real-ip") || "unknown";
  const allowance = await consumeSignInAllowance(getDb(), { email: email.data, ip });
  if (!allowance.allowed) {
    const minutes = Math.max(1, Math.ceil(((allowance.retryAt?.getTime() ?? Date.now()) - Date.now()) / 60_000));
    return {
      ok: false,
      message: `Too many sign-in emails were requested. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again, or use the newest link you received.`,
      values,
    };
  }

  await signIn(EMAIL_PROVIDER_ID, { email: email.data, redirectTo: safeRedirectPath(values.callbackUrl), redirect: false });
  redirect(`/sign-in/check-email?email=${encodeURIComponent(email.data)}`);
}
