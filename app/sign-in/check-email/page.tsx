import type { Metadata } from "next";
import Link from "next/link";
import { devMailboxEnabled } from "@/lib/env";
import { AuthCard } from "../../_components/auth-card";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <AuthCard title="Check your email">
      <p>
        We sent a sign-in link to <strong>{email ?? "your address"}</strong>. It works once and expires soon.
      </p>
      {devMailboxEnabled() ? (
        <p className="rounded-md bg-brand-soft p-3 text-sm">
          Development: no email leaves this machine. Open the <Link href="/dev/mail">development mailbox</Link>.
        </p>
      ) : null}
      <p className="text-sm text-muted">
        Nothing arrived? Check spam, or <Link href="/sign-in">ask for another link</Link>.
      </p>
    </AuthCard>
  );
}
