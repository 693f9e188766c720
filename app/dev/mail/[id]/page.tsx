import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { findDevMail } from "@/lib/email/dev-mailbox";
import { devMailboxEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Development mailbox" };
export const dynamic = "force-dynamic";

const LINK = /https?:\/\/[^\s<>"]+/g;

export default async function DevMailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { id } = await params;
  const mail = await findDevMail(getDb(), { id });
  if (!mail) notFound();
  const links = [...new Set(mail.text.match(LINK) ?? [])];
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <Link href="/dev/mail">← Mailbox</Link>
      <div>
        <h1 className="text-2xl font-semibold">{mail.subject}</h1>
        <p className="text-sm text-muted">to {mail.toAddress}</p>
      </div>
      {links.length > 0 ? (
        <section aria-labelledby="links-heading" className="rounded-lg bg-brand-soft p-4">
          <h2 id="links-heading" className="font-medium">
            Links in this email
          </h2>
          <ul className="mt-2 space-y-1">
            {links.map((href) => (
              <li key={href}>
                <a href={href} className="break-all">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="font-medium">
          Plain text
        </h2>
        <pre className="mt-2 whitespace-pre-wrap rounded-lg bg-white p-4 text-sm ring-1 ring-ink/5">{mail.text}</pre>
      </section>
      <section aria-labelledby="html-heading">
        <h2 id="html-heading" className="font-medium">
          HTML
        </h2>
        {/* Sandboxed: the rendered email cannot run script or reach this page. */}
        <iframe title="Email HTML" sandbox="" srcDoc={mail.html} className="mt-2 h-96 w-full rounded-lg bg-white ring-1 ring-ink/5" />
      </section>
    </main>
  );
}
