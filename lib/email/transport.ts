import { Resend } from "resend";

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string;
}

export interface Transport {
  name: "resend" | "dev";
  send(email: OutgoingEmail): Promise<{ providerMessageId: string | null }>;
}

/** Resend through its official SDK (RESEND_BASE_URL points it at a stand-in in tests). */
export function resendTransport(apiKey: string): Transport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(email) {
      const { data, error } = await resend.emails.send(
        { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
        // Resend dedupes on this key, so a retried delivery never sends twice.
        { idempotencyKey: email.idempotencyKey },
      );
      if (error) throw new Error(`Resend refused the email: ${error.message}`);
      return { providerMessageId: data?.id ?? null };
    },
  };
}

/** Development mailbox: the outbox row itself is the delivered mail, read at /dev/mail. */
export const devTransport: Transport = {
  name: "dev",
  async send() {
    return { providerMessageId: null };
  },
};
