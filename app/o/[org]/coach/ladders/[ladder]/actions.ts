"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { moveAssignmentToVersion } from "@/lib/assignments/move-assignment-to-version";
import { archiveLadder } from "@/lib/ladders/archive-ladder";
import { applyLevelIntent, ladderFieldsFromForm, ladderFieldsOf, parseIntent } from "@/lib/ladders/editor-form";
import { findLadderForEditing } from "@/lib/ladders/find-ladder";
import { fieldErrors } from "@/lib/ladders/form-errors";
import { isUuid } from "@/lib/ladders/ids";
import { LADDER_CONFLICT_MESSAGE, LadderError } from "@/lib/ladders/ladder-error";
import { publishLadderVersion } from "@/lib/ladders/publish-ladder";
import { updateLadderVersion } from "@/lib/ladders/update-ladder-version";
import type { LadderStatus } from "@/lib/ladders/types";
import { ladderInputSchema } from "@/lib/ladders/validation";
import { requireMember } from "@/lib/tenancy/guard";
import { STAFF_ROLES } from "@/lib/tenancy/roles";
import { withTenant } from "@/lib/tenancy/scope";
import type { LadderEditorState } from "./editor-state";

// Each action authorizes itself: the page's check does not cover a direct POST.
// Successful writes redirect (post/redirect/get), so the page reloads the stored ladder;
// refusals return the coach's fields as typed.

/**
 * Back to the ladder page after a stored change. `r` is new on every redirect and keys the
 * editor, so it starts again from what is stored; a mere refresh of the page (another
 * coach's change) does not reset what this coach is typing.
 */
function backToLadder(slug: string, ladderId: string, notice?: string): never {
  const query = new URLSearchParams({ ...(notice ? { notice } : {}), r: crypto.randomUUID().slice(0, 8) });
  redirect(`/o/${slug}/coach/ladders/${ladderId}?${query}`);
}

const INVALID_MESSAGE = "Some fields need attention before this can be saved. Each one says what to change.";

export async function saveLadderAction(slug: string, ladderId: string, previous: LadderEditorState, formData: FormData): Promise<LadderEditorState> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  const versionId = formData.get("versionId");
  const revision = Number(formData.get("revision"));
  if (!isUuid(ladderId) || !isUuid(versionId) || !Number.isInteger(revision)) notFound();
  const fields = ladderFieldsFromForm(formData);
  const intent = parseIntent(formData.get("intent"));
  // `previous` comes back from the browser (without JavaScript, inside the form): trust nothing in it.
  const status: LadderStatus = previous.status === "published" || previous.status === "archived" ? previous.status : "draft";
  const version = Number.isInteger(previous.version) ? previous.version : 1;
  const nonce = Number.isInteger(previous.nonce) ? previous.nonce + 1 : 1;
  const base: LadderEditorState = { ok: true, versionId, revision, version, status, fields, nonce };

  if (intent.kind !== "save" && intent.kind !== "publish") {
    const applied = applyLevelIntent(fields, intent);
    return { ...base, ok: applied.ok, message: applied.message, fields: applied.fields };
  }
  const parsed = ladderInputSchema.safeParse(fields);
  if (!parsed.success) return { ...base, ok: false, message: INVALID_MESSAGE, fieldErrors: fieldErrors(parsed.error) };

  const scope = { orgId: member.org.id, userId: member.user.id, ladderId };
  const outcome = await withTenant(getDb(), member.scope, async (tx) => {
    const saved = await updateLadderVersion(tx, { ...scope, versionId, revision, input: parsed.data });
    if (saved.kind === "conflict" || intent.kind !== "publish") return saved;
    return publishLadderVersion(tx, { ...scope, versionId: saved.versionId, revision: saved.revision });
  }).catch((error: unknown) => {
    if (error instanceof LadderError && error.reason === "not-found") notFound();
    throw error;
  });

  if (outcome.kind === "invalid") return { ...base, ok: false, message: INVALID_MESSAGE, fieldErrors: outcome.errors };
  if (outcome.kind === "conflict") {
    const stored = await withTenant(getDb(), member.scope, (tx) => findLadderForEditing(tx, { orgId: member.org.id, ladderId }));
    if (!stored) notFound();
    return {
      ...base,
      ok: false,
      message: LADDER_CONFLICT_MESSAGE,
      // The next save applies the coach's fields over what is stored now, knowingly.
      versionId: stored.latest.id,
      revision: stored.latest.revision,
      version: stored.latest.version,
      status: stored.latest.status,
      current: { version: stored.latest.version, status: stored.latest.status, fields: ladderFieldsOf(stored.latest) },
    };
  }
  const notice = intent.kind === "publish" ? "published" : outcome.createdVersion ? "new-version" : "saved";
  backToLadder(member.org.slug, ladderId, notice);
}

export async function archiveLadderAction(slug: string, ladderId: string): Promise<void> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  if (!isUuid(ladderId)) notFound();
  const archived = await withTenant(getDb(), member.scope, (tx) => archiveLadder(tx, { orgId: member.org.id, userId: member.user.id, ladderId }));
  backToLadder(member.org.slug, ladderId, archived ? "archived" : undefined);
}

export async function moveAssignmentFromLadderAction(slug: string, ladderId: string, formData: FormData): Promise<void> {
  const member = await requireMember(slug, { roles: STAFF_ROLES });
  if (!isUuid(ladderId)) notFound();
  const moved = await withTenant(getDb(), member.scope, (tx) =>
    moveAssignmentToVersion(tx, {
      orgId: member.org.id,
      userId: member.user.id,
      assignmentId: String(formData.get("assignmentId") ?? ""),
      versionId: String(formData.get("versionId") ?? ""),
    }),
  );
  backToLadder(member.org.slug, ladderId, moved ? "moved" : undefined);
}
