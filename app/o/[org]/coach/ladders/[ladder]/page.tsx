import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { getDb } from "@/db/client";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/assignments/status-rules";
import { ladderFieldsOf } from "@/lib/ladders/editor-form";
import { findLadderForEditing } from "@/lib/ladders/find-ladder";
import { STATUS_LABELS, displayTitle } from "@/lib/ladders/labels";
import { listLadderAssignments } from "@/lib/ladders/list-ladder-assignments";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { archiveLadderAction, moveAssignmentFromLadderAction, saveLadderAction } from "./actions";
import { LadderEditor } from "./ladder-editor";

export const metadata: Metadata = { title: "Ladder" };

function noticeText(notice: string | undefined, version: number): string | undefined {
  switch (notice) {
    case "saved":
      return "Changes saved.";
    case "new-version":
      return `Saved as draft version ${version}. Clients stay on their version; publish this one when it is ready, then move them.`;
    case "published":
      return `Version ${version} published. Clients on an earlier version stay there until you move them.`;
    case "archived":
      return "Ladder archived. It is no longer offered for new assignments; clients on it keep their work.";
    case "moved":
      return "Client moved to the new version.";
    default:
      return undefined;
  }
}

// Loads: membership (guard), ladder + versions + newest levels (3 queries), clients on it (1 query).
export default async function LadderPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; ladder: string }>;
  searchParams: Promise<{ notice?: string; r?: string }>;
}) {
  const { org, ladder: ladderId } = await params;
  const { notice, r } = await searchParams;
  const member = await requireMember(org, { roles: STAFF_ROLES });
  const data = await withTenant(getDb(), member.scope, async (tx) => {
    const ladder = await findLadderForEditing(tx, { orgId: member.org.id, ladderId });
    if (!ladder) return null;
    return { ladder, onIt: await listLadderAssignments(tx, { orgId: member.org.id, ladderId: ladder.ladderId }) };
  });
  if (!data) notFound();
  const { ladder, onIt } = data;
  const { latest, latestPublished } = ladder;
  const slug = member.org.slug;
  const moveAction = moveAssignmentFromLadderAction.bind(null, slug, ladder.ladderId);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href={`/o/${slug}/coach/ladders`} className="text-sm">
          ← Ladders
        </Link>
        <h1 className="text-2xl font-semibold">{displayTitle(latest.title)}</h1>
        <p data-testid="ladder-status">
          <span className="font-medium">{STATUS_LABELS[latest.status]}</span> · Version {latest.version}
          {latestPublished && latestPublished.id !== latest.id ? <span className="text-muted"> · version {latestPublished.version} is published</span> : null}
        </p>
      </div>
      <FormMessage message={noticeText(notice, latest.version)} ok />

      {/* Keyed by the redirect after this coach's own stored change (see actions.ts), not by the
          revision: a refresh showing a colleague's change must not wipe what this coach typed. */}
      <LadderEditor
        key={typeof r === "string" ? r : "initial"}
        save={saveLadderAction.bind(null, slug, ladder.ladderId)}
        initial={{ fields: ladderFieldsOf(latest), versionId: latest.id, revision: latest.revision, version: latest.version, status: latest.status }}
      />

      <section aria-labelledby="on-ladder-heading" className="space-y-3">
        <h2 id="on-ladder-heading" className="text-xl font-semibold">
          Clients on this ladder
        </h2>
        {onIt.length === 0 ? (
          <p className="text-muted">No one yet. Assign it from a client&apos;s page.</p>
        ) : (
          <ul className="divide-y divide-ink/10 rounded-lg bg-white ring-1 ring-ink/5">
            {onIt.map((assignment) => (
              <li key={assignment.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div>
                  <Link href={`/o/${slug}/coach/clients/${assignment.clientMembershipId}`} className="font-medium">
                    {assignment.clientName ?? assignment.clientEmail}
                  </Link>
                  <div className="text-sm text-muted">
                    Version {assignment.version} · {ASSIGNMENT_STATUS_LABELS[assignment.status]}
                  </div>
                </div>
                {latestPublished && latestPublished.version > assignment.version ? (
                  <form action={moveAction}>
                    <input type="hidden" name="assignmentId" value={assignment.id} />
                    <input type="hidden" name="versionId" value={latestPublished.id} />
                    <SubmitButton pendingLabel="Moving…">Move to version {latestPublished.version}</SubmitButton>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="versions-heading" className="space-y-3">
        <h2 id="versions-heading" className="text-xl font-semibold">
          Versions
        </h2>
        <ul className="space-y-1 text-sm">
          {ladder.versions.map((version) => (
            <li key={version.id}>
              Version {version.version}: {STATUS_LABELS[version.status]}
              {version.publishedAt ? ` · published ${version.publishedAt.toISOString().slice(0, 10)}` : ""}
            </li>
          ))}
        </ul>
      </section>

      {latest.status !== "archived" ? (
        <section aria-labelledby="archive-heading" className="space-y-2">
          <h2 id="archive-heading" className="text-xl font-semibold">
            Archive
          </h2>
          <p className="text-sm text-muted">Archiving stops new assignments of this ladder. Clients already on it keep working and keep their history.</p>
          <form action={archiveLadderAction.bind(null, slug, ladder.ladderId)}>
            <SubmitButton pendingLabel="Archiving…" className="bg-ink/70">
              Archive
            </SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  );
}
