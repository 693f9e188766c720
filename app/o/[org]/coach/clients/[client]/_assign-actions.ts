"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { assignLadder, assignLadderSchema } from "@/lib/assignments/assign-ladder";
import { AssignmentError } from "@/lib/assignments/assignment-error";
import { moveAssignmentToVersion } from "@/lib/assignments/move-assignment-to-version";
import { setAssignmentStatus } from "@/lib/assignments/set-assignment-status";
import type { AssignmentAction } from "@/lib/assignments/status-rules";
import { isUuid } from "@/lib/ladders/ids";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf, formValues } from "@/lib/validation/form";

// Each action authorizes itself: the page's check does not cover a direct POST. The client
// id is bound by the page; lib/ checks it is a client of the caller's organization.

const ASSIGN_FIELDS = ["ladderId", "startAt", "cadencePerWeek", "dueOn"] as const;
export type AssignFormValues = Record<(typeof ASSIGN_FIELDS)[number], string>;

export async function assignLadderAction(slug: string, clientMembershipId: string, _previous: FormState<AssignFormValues>, formData: FormData): Promise<FormState<AssignFormValues>> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  if (!isUuid(clientMembershipId)) notFound();
  const values = formValues(formData, ASSIGN_FIELDS) as AssignFormValues;
  const parsed = assignLadderSchema.safeParse({ ...values, clientKey: formData.get("clientKey") });
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return { ok: false, message: errors.clientKey, fieldErrors: errors, values };
  }
  try {
    await withTenant(getDb(), member.scope, (tx) =>
      assignLadder(tx, { orgId: member.org.id, userId: member.user.id, clientMembershipId, input: parsed.data }),
    );
  } catch (error) {
    if (error instanceof AssignmentError) {
      return error.field ? { ok: false, fieldErrors: { [error.field]: error.message }, values } : { ok: false, message: error.message, values };
    }
    throw error;
  }
  revalidatePath(`/o/${member.org.slug}/coach/clients/${clientMembershipId}`);
  return { ok: true, message: "Ladder assigned. It is listed below; the client sees their first level in their portal." };
}

const ACTIONS = new Set<AssignmentAction>(["pause", "resume", "end"]);

export async function setAssignmentStatusAction(slug: string, clientMembershipId: string, formData: FormData): Promise<void> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const action = formData.get("action") as AssignmentAction;
  if (!isUuid(clientMembershipId) || !ACTIONS.has(action)) notFound();
  await withTenant(getDb(), member.scope, (tx) =>
    setAssignmentStatus(tx, { orgId: member.org.id, userId: member.user.id, clientMembershipId, assignmentId: String(formData.get("assignmentId") ?? ""), action }),
  );
  revalidatePath(`/o/${member.org.slug}/coach/clients/${clientMembershipId}`);
}

export async function moveAssignmentAction(slug: string, clientMembershipId: string, formData: FormData): Promise<void> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  if (!isUuid(clientMembershipId)) notFound();
  await withTenant(getDb(), member.scope, (tx) =>
    moveAssignmentToVersion(tx, {
      orgId: member.org.id,
      userId: member.user.id,
      clientMembershipId,
      assignmentId: String(formData.get("assignmentId") ?? ""),
      versionId: String(formData.get("versionId") ?? ""),
    }),
  );
  revalidatePath(`/o/${member.org.slug}/coach/clients/${clientMembershipId}`);
}
