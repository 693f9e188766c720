import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { EmailMessage } from "./outbox";

/** Renders a React Email template and pairs it with its hand-written plain-text twin. */
export async function renderEmail(subject: string, element: ReactElement, text: string): Promise<EmailMessage> {
  return { subject, html: await render(element), text };
}
