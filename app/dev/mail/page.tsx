import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listDevMail } from "@/lib/email/dev-mailbox";
import { devMailboxEnabled } from "@/lib/env";

export const metadata: Metadata = { title: "Development mailbox" };
export const dynamic = "force-dynamic";

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devMailboxEnabled()) notFound();
  const { to } = await searchParams;
  const mail = (await listDevMail(getDb(), { limit: 100 })).filter((item) => !to || item.to === to.toLowerCase());
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Development mailbox</h1>
      <p className="mt-2 text-muted">
        Without <code>RESEND_API_KEY</code>, every email Foothold sends lands here instead. Newest first.
      </p>
      {mail.length === 0 ? (
        <p className="mt-6">No mail yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-ink/10 rounded-lg bg-white ring-1 ring-ink/5">
          {mail.map((item) => (
            <li key={item.id} className="p-4">
              <Link href={`/dev/mail/${item.id}`} className="font-medium">
                {item.subject}
              </Link>
              <div className="text-sm text-muted">
                to <span data-testid="mail-to">{item.to}</span> · {item.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
