import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/app/_components/form-controls";
import { getDb } from "@/db/client";
import { STATUS_LABELS, displayTitle } from "@/lib/ladders/labels";
import { listLadders } from "@/lib/ladders/list-ladders";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { createBlankLadderAction } from "./actions";

export const metadata: Metadata = { title: "Ladders" };

// Loads: membership (guard), newest version of every ladder (1 query), clients per ladder (1 query).
export default async function LaddersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const ladders = await withTenant(getDb(), member.scope, (tx) => listLadders(tx, { orgId: member.org.id }));
  const base = `/o/${member.org.slug}/coach/ladders`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Ladders</h1>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`${base}/templates`}>Browse templates</Link>
          <form action={createBlankLadderAction.bind(null, member.org.slug)}>
            <input type="hidden" name="clientKey" value={crypto.randomUUID()} />
            <SubmitButton pendingLabel="Creating…">New ladder</SubmitButton>
          </form>
        </div>
      </div>
      <p className="text-muted">
        A ladder is a run of levels, each a little harder than the last, that a client climbs by succeeding for real. Start from a template written
        from the method, or from a blank ladder.
      </p>
      {ladders.length === 0 ? (
        <p className="rounded-lg bg-brand-soft p-4">
          No ladders yet. <Link href={`${base}/templates`}>Copy a template</Link> to start from a tested progression.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-ink/5">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-ink/10 text-muted">
              <tr>
                <th scope="col" className="p-3 font-medium">Ladder</th>
                <th scope="col" className="p-3 font-medium">Status</th>
                <th scope="col" className="p-3 font-medium">Version</th>
                <th scope="col" className="p-3 font-medium">Clients on it</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-ink/5">
              {ladders.map((ladder) => (
                <tr key={ladder.ladderId}>
                  <td className="p-3">
                    <Link href={`${base}/${ladder.ladderId}`} className="font-medium">
                      {displayTitle(ladder.title)}
                    </Link>
                    {ladder.skill ? <div className="text-muted">{ladder.skill}</div> : null}
                  </td>
                  <td className="p-3">{STATUS_LABELS[ladder.status]}</td>
                  <td className="p-3">{ladder.version}</td>
                  <td className="p-3">{ladder.clients}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
