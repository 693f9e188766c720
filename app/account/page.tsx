import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { signOut } from "@/lib/auth";
import { requireUser } from "@/lib/auth/current-user";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { AuthCard } from "../_components/auth-card";
import { SignOutButton } from "../_components/sign-out-button";

export const metadata: Metadata = { title: "Your account" };

async function signOutEverywhereAction() {
  "use server";
  const user = await requireUser("/account");
  await signOutEverywhere(getDb(), { userId: user.id });
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <AuthCard title="Your account">
      <p>
        Signed in as <strong>{user.email}</strong>.
      </p>
      <div className="flex flex-wrap gap-3">
        <SignOutButton />
        <form action={signOutEverywhereAction}>
          <button type="submit" className="rounded-md border border-danger/40 bg-white px-3 py-1.5 text-sm text-danger">
            Sign out on every device
          </button>
        </form>
      </div>
      <Link href="/start" className="text-sm">
        Back to your practices
      </Link>
    </AuthCard>
  );
}
