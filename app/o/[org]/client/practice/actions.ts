"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { addAttemptComment } from "@/lib/attempts/add-attempt-comment";
import { PracticeError } from "@/lib/attempts/errors";
import { findAttempt } from "@/lib/attempts/find-attempt";
import { formStrings, parsePrepareForm, parseRecordForm } from "@/lib/attempts/parse-forms";
import { prepareAttempt } from "@/lib/attempts/prepare-attempt";
import { recordAttempt } from "@/lib/attempts/record-attempt";
import { commentSchema } from "@/lib/attempts/validation";
import { requireMember } from "@/lib/tenancy/guard";
import { withTenant } from "@/lib/tenancy/scope";
import { type FormState, fieldErrorsOf } from "@/lib/validation/form";

// Each action authorizes itself as the client: the page's check does not cover a direct POST.

function refused(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof PracticeError) {
    if (error.reason === "not_found") notFound();
    return { ok: false, message: error.message, values };
  }
  throw error;
}

export async function prepareAction(slug: string, assignmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formStrings(formData);
  const parsed = parsePrepareForm(values, member.org.timezone);
  if (!parsed.ok) return parsed.state;
  let attemptId: string;
  try {
    const attempt = await withTenant(getDb(), member.scope, (tx) =>
      prepareAttempt(tx, { orgId: member.org.id, clientMembershipId: member.membershipId, assignmentId, ...parsed.data }),
    );
    attemptId = attempt.id;
  } catch (error) {
    return refused(error, values);
  }
  redirect(`/o/${member.org.slug}/client/practice/attempts/${attemptId}`);
}

export async function recordAction(slug: string, attemptId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formStrings(formData);
  const scope = { orgId: member.org.id, clientMembershipId: member.membershipId };
  const db = getDb();
  const view = await withTenant(db, member.scope, (tx) => findAttempt(tx, { ...scope, attemptId }));
  if (!view) notFound();
  const parsed = parseRecordForm(values, { previousLevelTitle: view.previousMasteredLevel?.title });
  if (!parsed.ok) return parsed.state;
  let destination: string;
  try {
    const result = await withTenant(db, member.scope, (tx) => recordAttempt(tx, { ...scope, attemptId, ...parsed.data }));
    destination = result.askAttribution
      ? `/o/${member.org.slug}/client/reflections/${result.reflection.id}/follow-up`
      : `/o/${member.org.slug}/client/practice/attempts/${result.attempt.id}`;
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/o/${member.org.slug}/client`);
  redirect(destination);
}

export async function clientCommentAction(slug: string, attemptId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireMember(slug, { roles: ["client"] });
  const values = formStrings(formData);
  const parsed = commentSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await withTenant(getDb(), member.scope, (tx) =>
      addAttemptComment(tx, {
        orgId: member.org.id,
        attemptId,
        authorMembershipId: member.membershipId,
        clientMembershipId: member.membershipId,
        ...parsed.data,
      }),
    );
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/o/${member.org.slug}/client/practice/attempts/${attemptId}`);
  return { ok: true };
}
