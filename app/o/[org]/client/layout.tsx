import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { intakeRequired } from "@/lib/intake/intake-required";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";

// The client portal opens only after the intake (goals and screening), and again after a
// coach asks for the screening to be repeated. Only clients reach /client at all.
export default async function ClientLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: ["client"] });
  const required = await withTenant(getDb(), member.scope, (tx) =>
    intakeRequired(tx, { orgId: member.org.id, clientMembershipId: member.membershipId }),
  );
  if (required) redirect(`/o/${member.org.slug}/intake`);
  return children;
}
