import type { Metadata } from "next";
import Link from "next/link";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/magic-link";
import { AuthCard } from "../../_components/auth-card";

export const metadata: Metadata = { title: "Confirm sign-in" };

// The emailed link lands here. Opening it changes nothing; the button's POST signs in.
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  if (!params.token || !params.email) {
    return (
      <AuthCard title="This link is incomplete">
        <p>The sign-in link is missing a part. Copy the whole link from the email, or <Link href="/sign-in">ask for a new one</Link>.</p>
      </AuthCard>
    );
  }
  const query = new URLSearchParams();
  for (const key of ["callbackUrl", "token", "email"] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  return (
    <AuthCard title="Sign in to Foothold">
      <p>
        Continue as <strong>{params.email}</strong>?
      </p>
      <form method="post" action={`/api/auth/callback/${EMAIL_PROVIDER_ID}?${query.toString()}`}>
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand/90">
          Sign in
        </button>
      </form>
      <p className="text-sm text-muted">Not you? Close this page; nothing happens until you press the button.</p>
    </AuthCard>
  );
}
