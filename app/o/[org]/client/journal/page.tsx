import type { Metadata } from "next";
import { FormMessage } from "@/app/_components/form-controls";
import { getDb } from "@/db/client";
import { calendarDateIn } from "@/lib/inventory/calendar-date";
import { listJournalEntries } from "@/lib/journal/list-journal-entries";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { addJournalEntryAction } from "./actions";
import { JournalForm } from "./_journal-form";

export const metadata: Metadata = { title: "Wins journal" };

function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

// The wins journal: a few words about any win, newest first.
export default async function JournalPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ added?: string }> }) {
  const { org } = await params;
  const { added } = await searchParams;
  const member = await requireMember(org, { roles: ["client"] });
  const entries = await withTenant(getDb(), member.scope, (tx) =>
    listJournalEntries(tx, { orgId: member.org.id, clientMembershipId: member.membershipId }),
  );
  const today = calendarDateIn(new Date(), member.org.timezone);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Wins journal</h1>
        <p className="mt-1 text-muted">Write down what went well, while you still remember what you did to make it happen.</p>
      </div>
      <FormMessage message={added ? "Added to your journal." : undefined} ok />
      <JournalForm action={addJournalEntryAction.bind(null, member.org.slug)} clientKey={crypto.randomUUID()} today={today} />
      {entries.length === 0 ? (
        <p className="text-muted">Nothing here yet. Your first entry can be small.</p>
      ) : (
        <ol className="divide-y divide-ink/10 rounded-lg bg-white ring-1 ring-ink/5" aria-label="Your wins, newest first">
          {entries.map((entry) => (
            <li key={entry.id} className="p-3">
              <p className="text-sm text-muted">{longDate(entry.occurredOn)}</p>
              <p data-testid="journal-text">{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
