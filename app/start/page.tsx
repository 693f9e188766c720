import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { listUserOrganizations } from "@/lib/tenancy/list-memberships";
import { ROLE_LABELS } from "@/lib/tenancy/roles";
import { AuthCard } from "../_components/auth-card";

export const metadata: Metadata = { title: "Your practices" };

// Where sign-in lands: one organization goes straight in; several get a choice; none
// get the path to create a practice.
export default async function StartPage() {
  const user = await requireUser("/start");
  const organizations = await listUserOrganizations(getDb(), { userId: user.id });
  if (organizations.length === 0) redirect("/orgs/new");
  if (organizations.length === 1) redirect(`/o/${organizations[0]!.slug}`);
  return (
    <AuthCard title="Choose a practice">
      <ul className="divide-y divide-ink/10">
        {organizations.map((org) => (
          <li key={org.slug} className="flex items-center justify-between py-3">
            <Link href={`/o/${org.slug}`}>{org.name}</Link>
            <span className="text-sm text-muted">{ROLE_LABELS[org.role]}</span>
          </li>
        ))}
      </ul>
      <Link href="/orgs/new" className="text-sm">
        Create another practice
      </Link>
    </AuthCard>
  );
}
