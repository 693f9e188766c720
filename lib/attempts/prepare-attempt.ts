import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { assignments, attempts } from "@/db/schema";
import { PracticeError } from "./errors";
import { isUuid } from "./ids";

export interface PrepareAttemptInput {
  orgId: string;
  clientMembershipId: string;
  assignmentId: string;
  /** The level the form was rendered for: it must still be the assignment's current level. */
  levelId: string;
  clientKey: string;
  confidenceBefore: number;
  plannedAt: Date | null;
  plannedWhere: string | null;
}

/**
 * Step 1 of the loop: the client has reviewed their wins and rated their confidence.
 * Creates the attempt (status "prepared") on their current level. The form's clientKey
 * makes a double submit find the attempt the first one made.
 */
export async function prepareAttempt(tx: Transaction, input: PrepareAttemptInput) {
  const { orgId, clientMembershipId } = input;
  const existing = await findByClientKey(tx, orgId, input.clientKey);
  if (existing) {
    if (existing.clientMembershipId !== clientMembershipId) throw new PracticeError("not_found");
    return existing;
  }
  if (!isUuid(input.assignmentId)) throw new PracticeError("not_found");
  // Locked so a level that advances at this moment is not prepared against.
  const [assignment] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.orgId, orgId), eq(assignments.id, input.assignmentId), eq(assignments.clientMembershipId, clientMembershipId)))
    .for("update");
  if (!assignment) throw new PracticeError("not_found");
  if (assignment.status !== "active") throw new PracticeError("not_active");
  if (!assignment.currentLevelId || assignment.currentLevelId !== input.levelId) throw new PracticeError("not_current");

  const [created] = await tx
    .insert(attempts)
    .values({
      orgId,
      assignmentId: assignment.id,
      levelId: assignment.currentLevelId,
      clientMembershipId,
      clientKey: input.clientKey,
      status: "prepared",
      confidenceBefore: input.confidenceBefore,
      plannedAt: input.plannedAt,
      plannedWhere: input.plannedWhere,
    })
    .onConflictDoNothing({ target: [attempts.orgId, attempts.clientKey] })
    .returning();
  if (created) return created;
  // A concurrent submit with the same key won the insert.
  const winner = await findByClientKey(tx, orgId, input.clientKey);
  if (!winner || winner.clientMembershipId !== clientMembershipId) throw new PracticeError("not_found");
  return winner;
}

async function findByClientKey(tx: Transaction, orgId: string, clientKey: string) {
  const [row] = await tx.select().from(attempts).where(and(eq(attempts.orgId, orgId), eq(attempts.clientKey, clientKey)));
  return row ?? null;
}
