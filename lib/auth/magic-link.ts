import { createHash } from "node:crypto";
import type { EmailConfig } from "@auth/core/providers/email";
import { getDb } from "@/db/client";
import { SignInLinkEmail, signInLinkSubject, signInLinkText } from "@/emails/sign-in-link";
import { sendEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";

export const EMAIL_PROVIDER_ID = "email";
export const CONFIRM_PATH = "/sign-in/confirm";

/**
 * Mail scanners open links. The emailed link therefore points at a confirm page that
 * only shows a button; the token is consumed by that button's POST, never by a GET.
 */
export function confirmUrlFor(callbackUrl: string): string {
  const url = new URL(callbackUrl);
  return `${url.origin}${CONFIRM_PATH}?${url.searchParams.toString()}`;
}

export function magicLinkProvider({ minutes }: { minutes: number }): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: "email",
    name: "Email",
    maxAge: minutes * 60,
    normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
    async sendVerificationRequest({ identifier, url, token }) {
      const link = confirmUrlFor(url);
      const message = await renderEmail(
        signInLinkSubject(),
        SignInLinkEmail({ url: link, minutes }),
        signInLinkText({ url: link, minutes }),
      );
      await sendEmail(getDb(), {
        idempotencyKey: `sign-in:${createHash("sha256").update(token).digest("hex")}`,
        to: identifier,
        kind: "sign-in",
        message,
      });
    },
  };
}
