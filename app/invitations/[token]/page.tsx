import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findInvitationByToken } from "@/lib/invitations/find-invitation";
import { AuthCard } from "../../_components/auth-card";
import { SignOutButton } from "../../_components/sign-out-button";
import { AcceptInvitationForm } from "./accept-form";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation" };

const CLOSED: Record<string, { title: string; body: string }> = {
  expired: { title: "This invitation has expired", body: "Ask the person who invited you to send a new one." },
  accepted: { title: "This invitation has been used", body: "If it was you, sign in to reach your practice." },
  revoked: { title: "This invitation was withdrawn", body: "Ask the person who invited you if you should still join." },
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationByToken(getDb(), { token });
  if (!invitation) {
    return (
      <AuthCard title="Invitation not found">
        <p>This invitation link is not valid. Check that you copied the whole link from the email.</p>
      </AuthCard>
    );
  }
  const closed = CLOSED[invitation.status];
  if (closed) {
    return (
      <AuthCard title={closed.title}>
        <p>{closed.body}</p>
        <Link href="/start">Go to your practices</Link>
      </AuthCard>
    );
  }
  const user = await getCurrentUser();
  if (!user) {
    const here = `/invitations/${token}`;
    return (
      <AuthCard title={`Join ${invitation.orgName}`}>
        <p>
          You&apos;re invited to {invitation.orgName} as a {invitation.role}. Sign in with <strong>{invitation.email}</strong> to accept.
        </p>
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}
          className="inline-block rounded-md bg-brand px-4 py-2 font-medium text-white no-underline"
        >
          Sign in to accept
        </Link>
      </AuthCard>
    );
  }
  if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <AuthCard title="This invitation is for someone else">
        <p>
          It was sent to <strong>{invitation.email}</strong>, but you are signed in as <strong>{user.email}</strong>. Sign out, then open the
          link again and sign in with {invitation.email}.
        </p>
        <SignOutButton redirectTo={`/invitations/${token}`} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Join ${invitation.orgName}`}>
      <p>
        You&apos;re invited to {invitation.orgName} as a {invitation.role}.
      </p>
      <AcceptInvitationForm accept={acceptInvitationAction.bind(null, token)} orgName={invitation.orgName} />
    </AuthCard>
  );
}
