import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Transaction } from "@/db/client";
import { assignments, ladderLevels, ladderVersions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { findClient } from "@/lib/clients/find-client";
import { hasUnacknowledgedScreeningFlag } from "@/lib/clients/screening-gate";
import { isUuid } from "@/lib/ladders/ids";
import { AssignmentError, SCREENING_GATE_MESSAGE } from "./assignment-error";
import { OPEN_STATUSES } from "./status-rules";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** The assign form, as submitted. */
export const assignLadderSchema = z.object({
  ladderId: z.string({ error: "Choose a ladder to assign." }).refine(isUuid, { error: "Choose a ladder to assign." }),
  startAt: z.preprocess(
    (value) => (blankToUndefined(value) === undefined ? 1 : Number(value)),
    z.number({ error: "Start at a level number, like 1." }).int({ error: "Start at a whole level number, like 1." }).min(1, { error: "Start at level 1 or later." }),
  ),
  cadencePerWeek: z.preprocess(
    (value) => (blankToUndefined(value) === undefined ? undefined : Number(value)),
    z
      .number({ error: "Attempts per week must be a whole number from 1 to 14, or left blank." })
      .int({ error: "Attempts per week must be a whole number from 1 to 14, or left blank." })
      .min(1, { error: "Attempts per week must be a whole number from 1 to 14, or left blank." })
      .max(14, { error: "Attempts per week must be a whole number from 1 to 14, or left blank." })
      .optional(),
  ),
  dueOn: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter the due date as a date, like 2030-06-30." })
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
        error: "Enter a real calendar date.",
      })
      .optional(),
  ),
  clientKey: z.string().refine(isUuid, { error: "This form has expired. Reload the page and try again." }),
});
export type AssignLadderInput = z.output<typeof assignLadderSchema>;

/**
 * Assigns the newest published version of a ladder to a client, starting at level
 * `startAt` (1-based). Refused while the client's screening flag is unacknowledged, and
 * while the client already has this ladder open (active or paused). The form's clientKey
 * is the assignment's id, so a double-clicked "Assign ladder" finds the first one.
 */
export async function assignLadder(
  tx: Transaction,
  { orgId, userId, clientMembershipId, input }: { orgId: string; userId: string | null; clientMembershipId: string; input: AssignLadderInput },
): Promise<{ assignmentId: string; created: boolean }> {
  const client = await findClient(tx, { orgId, clientMembershipId });
  if (!client) throw new AssignmentError("That client is not in this practice.");
  if (await hasUnacknowledgedScreeningFlag(tx, { orgId, clientMembershipId })) throw new AssignmentError(SCREENING_GATE_MESSAGE);

  // Serialize assignments of one ladder to one client, so two concurrent submits cannot both pass the checks below.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`assign:${clientMembershipId}:${input.ladderId}`}))`);

  const [replayed] = await tx
    .select({ id: assignments.id, clientMembershipId: assignments.clientMembershipId })
    .from(assignments)
    .where(and(eq(assignments.orgId, orgId), eq(assignments.id, input.clientKey)));
  if (replayed) {
    if (replayed.clientMembershipId !== clientMembershipId) throw new AssignmentError("This form has expired. Reload the page and try again.");
    return { assignmentId: replayed.id, created: false };
  }

  const [open] = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(
      and(
        eq(assignments.orgId, orgId),
        eq(assignments.clientMembershipId, clientMembershipId),
        eq(assignments.ladderId, input.ladderId),
        inArray(assignments.status, [...OPEN_STATUSES]),
      ),
    );
  if (open) throw new AssignmentError("This client already has this ladder. Resume or end that assignment instead of assigning it again.", "ladderId");

  const [version] = await tx
    .select({ id: ladderVersions.id, version: ladderVersions.version, title: ladderVersions.title })
    .from(ladderVersions)
    .where(and(eq(ladderVersions.orgId, orgId), eq(ladderVersions.ladderId, input.ladderId), eq(ladderVersions.status, "published")))
    .orderBy(desc(ladderVersions.version))
    .limit(1);
  if (!version) throw new AssignmentError("Choose a published ladder.", "ladderId");

  const levels = await tx
    .select({ id: ladderLevels.id, position: ladderLevels.position })
    .from(ladderLevels)
    .where(and(eq(ladderLevels.orgId, orgId), eq(ladderLevels.ladderVersionId, version.id)))
    .orderBy(asc(ladderLevels.position));
  const start = levels[input.startAt - 1];
  if (!start) throw new AssignmentError(`Start at a level from 1 to ${levels.length}.`, "startAt");

  const [created] = await tx
    .insert(assignments)
    .values({
      id: input.clientKey,
      orgId,
      clientMembershipId,
      ladderId: input.ladderId,
      ladderVersionId: version.id,
      currentLevelId: start.id,
      startPosition: start.position,
      cadencePerWeek: input.cadencePerWeek ?? null,
      dueOn: input.dueOn ?? null,
      status: "active",
      assignedByUserId: userId,
    })
    .onConflictDoNothing({ target: assignments.id })
    .returning({ id: assignments.id });
  // The key is taken by a row this organization cannot see: treat it as a stale form.
  if (!created) throw new AssignmentError("This form has expired. Reload the page and try again.");
  await recordAudit(tx, { orgId, actorUserId: userId, action: "assignment.created", subject: `${version.title} v${version.version} → ${clientMembershipId}` });
  return { assignmentId: created.id, created: true };
}
