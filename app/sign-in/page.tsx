import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/validation/safe-redirect";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthCard title="Sign in to Foothold">
      <p className="text-muted">
        We&apos;ll email you a link that signs you in. New here? The same link creates your account.
      </p>
      <SignInForm callbackUrl={callbackUrl} defaultEmail={params.email} />
    </AuthCard>
  );
}
