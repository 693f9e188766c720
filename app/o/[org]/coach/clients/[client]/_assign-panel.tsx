import Link from "next/link";
import { SubmitButton } from "@/app/_components/form-controls";
import { getDb } from "@/db/client";
import { SCREENING_GATE_MESSAGE } from "@/lib/assignments/assignment-error";
import { listClientAssignments } from "@/lib/assignments/list-client-assignments";
import { ASSIGNMENT_STATUS_LABELS, type AssignmentAction, allowedActions } from "@/lib/assignments/status-rules";
import { hasUnacknowledgedScreeningFlag } from "@/lib/clients/screening-gate";
import { listAssignableLadders } from "@/lib/ladders/list-ladders";
import { withTenant } from "@/lib/tenancy/scope";
import { assignLadderAction, moveAssignmentAction, setAssignmentStatusAction } from "./_assign-actions";
import { AssignForm } from "./_assign-form";
import type { ClientPanelProps } from "./_panel-props";

const ACTION_LABELS: Record<AssignmentAction, string> = { pause: "Pause", resume: "Resume", end: "End" };

// Loads, in one tenant transaction: the screening gate (1 query), published ladders (1),
// the client's assignments with the newer version each could move to (2).
export async function AssignPanel({ member, client }: ClientPanelProps) {
  const orgId = member.org.id;
  const clientMembershipId = client.membershipId;
  const { flagged, ladders, assignments } = await withTenant(getDb(), member.scope, async (tx) => ({
    flagged: await hasUnacknowledgedScreeningFlag(tx, { orgId, clientMembershipId }),
    ladders: await listAssignableLadders(tx, { orgId }),
    assignments: await listClientAssignments(tx, { orgId, clientMembershipId }),
  }));
  const slug = member.org.slug;
  const setStatus = setAssignmentStatusAction.bind(null, slug, clientMembershipId);
  const move = moveAssignmentAction.bind(null, slug, clientMembershipId);
  return (
    <section aria-labelledby="assign-heading" className="space-y-4 rounded-lg bg-white p-5 ring-1 ring-ink/5">
      <h2 id="assign-heading" className="text-xl font-semibold">
        Assign a ladder
      </h2>
      {flagged ? (
        <p className="rounded-md bg-red-50 p-3 text-sm text-danger">{SCREENING_GATE_MESSAGE}</p>
      ) : ladders.length === 0 ? (
        <p className="text-muted">
          No published ladders yet. <Link href={`/o/${slug}/coach/ladders`}>Publish a ladder</Link> to assign it.
        </p>
      ) : (
        <AssignForm assign={assignLadderAction.bind(null, slug, clientMembershipId)} clientKey={crypto.randomUUID()} ladders={ladders} />
      )}

      <h3 className="pt-2 text-lg font-medium">Assignments</h3>
      {assignments.length === 0 ? (
        <p className="text-muted">No ladders assigned yet.</p>
      ) : (
        <ul className="divide-y divide-ink/10" aria-label="Assignments">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div>
                <div className="font-medium">{assignment.title}</div>
                <div className="text-sm text-muted">
                  Version {assignment.version} · <span data-testid="assignment-status">{ASSIGNMENT_STATUS_LABELS[assignment.status]}</span>
                  {assignment.currentLevelPosition !== null ? ` · Level ${assignment.currentLevelPosition + 1}: ${assignment.currentLevelTitle}` : ""}
                </div>
                <div className="text-sm text-muted">
                  {assignment.cadencePerWeek ? `${assignment.cadencePerWeek} attempt${assignment.cadencePerWeek === 1 ? "" : "s"} a week` : "No set cadence"}
                  {assignment.dueOn ? ` · due ${assignment.dueOn}` : ""}
                </div>
              </div>
              <div className="flex flex-wrap gap-2">
                {allowedActions(assignment.status).map((action) => (
                  <form key={action} action={setStatus}>
                    <input type="hidden" name="assignmentId" value={assignment.id} />
                    <input type="hidden" name="action" value={action} />
                    <SubmitButton className={action === "end" ? "bg-ink/70" : ""}>{ACTION_LABELS[action]}</SubmitButton>
                  </form>
                ))}
                {assignment.newerVersion ? (
                  <form action={move}>
                    <input type="hidden" name="assignmentId" value={assignment.id} />
                    <input type="hidden" name="versionId" value={assignment.newerVersion.id} />
                    <SubmitButton pendingLabel="Moving…">Move to version {assignment.newerVersion.version}</SubmitButton>
                  </form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
