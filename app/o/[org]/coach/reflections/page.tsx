import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listClients } from "@/lib/clients/list-clients";
import { feedQuery, parseFeedFilters } from "@/lib/reflections/feed-filters";
import { listReflections } from "@/lib/reflections/list-reflections";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { FilterForm } from "./_filter-form";
import { ReflectionCard } from "./_reflection-card";

export const metadata: Metadata = { title: "Reflections" };

// The practice's reflection feed: what clients credit or blame, newest first, filterable
// by client, outcome, flag and cause (the coach's correction counts where there is one).
export default async function ReflectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const { filters, notes } = parseFeedFilters(await searchParams);
  const orgId = member.org.id;
  const { clients, page } = await withTenant(getDb(), member.scope, async (tx) => {
    const clients = await listClients(tx, { orgId });
    if (filters.client && !clients.some((client) => client.membershipId === filters.client)) {
      delete filters.client;
      notes.push("Ignored the client filter: that is not a client of this practice.");
    }
    return { clients, page: await listReflections(tx, { orgId, filters }) };
  });
  const base = `/o/${member.org.slug}/coach/reflections`;
  const filtered = Boolean(filters.client || filters.outcome || filters.flag || filters.cause);
  const clientName = filters.client ? clients.find((client) => client.membershipId === filters.client) : undefined;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Reflections{clientName ? ` of ${clientName.name ?? clientName.email}` : ""}</h1>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a href={`${base}/export`} download>
            Export corrected labels (JSONL)
          </a>
          <a href={`${base}/export?all=1`} download>
            Export all labels (JSONL)
          </a>
        </p>
      </div>
      <p className="text-muted">
        Highlighted words are the evidence for each cause and flag. A coach&apos;s correction replaces the tagger&apos;s label in this view
        and in the export; the tagger&apos;s own label is kept.
      </p>
      <FilterForm action={base} filters={filters} clients={clients} />
      {notes.length ? (
        <ul role="status" className="space-y-1 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {page.items.length === 0 ? (
        <p className="text-muted">{filtered || filters.before ? "No reflections match." : "No reflections yet. They appear here as clients reflect on attempts and past successes."}</p>
      ) : (
        <div className="space-y-4">
          {page.items.map((item) => (
            <ReflectionCard key={item.id} item={item} slug={member.org.slug} timeZone={member.org.timezone} />
          ))}
        </div>
      )}
      <nav aria-label="Pages" className="flex gap-4">
        {filters.before ? <Link href={`${base}${feedQuery({ ...filters, before: undefined })}`}>Newest</Link> : null}
        {page.next ? (
          <Link href={`${base}${feedQuery(filters, page.next)}`} rel="next">
            Older
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
