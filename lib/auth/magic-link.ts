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
 * The origin is always APP_URL, never the request's Host or X-Forwarded-Host: a forged
 * header must not turn a genuine sign-in email into a link to someone else's site.
 */
export function confirmUrlFor(callbackUrl: string, appUrl: string): string {
  const target = new URL(CONFIRM_PATH, appUrl);
  target.search = new URL(callbackUrl).searchParams.toString();
  return target.toString();
}

export function magicLinkProvider({ minutes, appUrl }: { minutes: number; appUrl: string }): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: "email",
    name: "Email",
    maxAge: minutes * 60,
    normalizeIdentifier: (identifier) => identifier.trim().toLowerCase(),
    async sendVerificationRequest({ identifier, url, token }) {
      const link = confirmUrlFor(url, appUrl);
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
