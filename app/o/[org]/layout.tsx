import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db/client";
import { listUserOrganizations } from "@/lib/tenancy/list-memberships";
import { requireMember } from "@/lib/tenancy/guard";
import { ROLE_LABELS, isStaff } from "@/lib/tenancy/roles";
import { SignOutButton } from "../../_components/sign-out-button";

export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const member = await requireMember(slug);
  const organizations = await listUserOrganizations(getDb(), { userId: member.user.id });
  const base = `/o/${member.org.slug}`;
  const nav = isStaff(member.role)
    ? [
        { href: `${base}/coach`, label: "Overview" },
        { href: `${base}/coach/clients`, label: "Clients" },
        { href: `${base}/coach/ladders`, label: "Ladders" },
        { href: `${base}/coach/reflections`, label: "Reflections" },
        { href: `${base}/coach/invitations`, label: "Invitations" },
      ]
    : [
        { href: `${base}/client`, label: "My practice" },
        { href: `${base}/client/wins`, label: "My wins" },
        { href: `${base}/client/review`, label: "Mastery review" },
        { href: `${base}/client/journal`, label: "Journal" },
        { href: `${base}/client/progress`, label: "Progress" },
      ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-ink/10 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href={base} className="font-semibold text-brand no-underline">
            Foothold
          </Link>
          <details className="relative">
            <summary className="cursor-pointer list-none rounded-md px-2 py-1 hover:bg-paper" aria-label="Switch organization">
              <span data-testid="current-org">{member.org.name}</span> <span className="text-sm text-muted">({ROLE_LABELS[member.role]})</span> ▾
            </summary>
            <ul className="absolute z-10 mt-1 w-64 rounded-md bg-white p-1 shadow-lg ring-1 ring-ink/10">
              {organizations.map((org) => (
                <li key={org.slug}>
                  <Link
                    href={`/o/${org.slug}`}
                    aria-current={org.slug === member.org.slug ? "page" : undefined}
                    className="block rounded px-3 py-2 no-underline hover:bg-paper aria-[current=page]:font-semibold"
                  >
                    {org.name} <span className="text-sm text-muted">· {ROLE_LABELS[org.role]}</span>
                  </Link>
                </li>
              ))}
              <li className="border-t border-ink/10">
                <Link href="/orgs/new" className="block px-3 py-2 text-sm">
                  Create a practice
                </Link>
              </li>
            </ul>
          </details>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1">
            {nav.map((item) => (
              <Link key={item.href} href={item.href}>
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <Link href="/account" className="text-sm">
              {member.user.email}
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
