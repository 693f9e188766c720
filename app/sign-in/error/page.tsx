import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "../../_components/auth-card";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, string> = {
  Verification: "This sign-in link has expired or has already been used. Links work once and only for a few minutes.",
  AccessDenied: "This account can't sign in right now.",
  Configuration: "Sign-in is not configured correctly on this server. Please tell the operator.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <AuthCard title="We couldn't sign you in">
      <p>{MESSAGES[error ?? ""] ?? "Something went wrong while signing you in."}</p>
      <Link href="/sign-in" className="inline-block rounded-md bg-brand px-4 py-2 font-medium text-white no-underline">
        Get a new sign-in link
      </Link>
    </AuthCard>
  );
}
