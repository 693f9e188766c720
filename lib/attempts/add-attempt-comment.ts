import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { attemptComments, attempts } from "@/db/schema";
import { PracticeError } from "./errors";
import { isUuid } from "./ids";

export interface AddAttemptCommentInput {
  orgId: string;
  attemptId: string;
  authorMembershipId: string;
  /** Set when a client writes: the attempt must be their own. */
  clientMembershipId: string | null;
  clientKey: string;
  body: string;
}

/**
 * "Seek constructive feedback": one thread per attempt. A comment moves the attempt's
 * last activity, which both sides' lists sort by. The form's clientKey makes a double
 * submit find the first comment.
 */
export async function addAttemptComment(tx: Transaction, input: AddAttemptCommentInput) {
  const { orgId } = input;
  if (!isUuid(input.attemptId)) throw new PracticeError("not_found");
  const [attempt] = await tx
    .select({ id: attempts.id })
    .from(attempts)
    .where(
      and(
        eq(attempts.orgId, orgId),
        eq(attempts.id, input.attemptId),
        input.clientMembershipId ? eq(attempts.clientMembershipId, input.clientMembershipId) : undefined,
      ),
    );
  if (!attempt) throw new PracticeError("not_found");

  const [created] = await tx
    .insert(attemptComments)
    .values({ orgId, attemptId: attempt.id, authorMembershipId: input.authorMembershipId, clientKey: input.clientKey, body: input.body })
    .onConflictDoNothing({ target: [attemptComments.orgId, attemptComments.clientKey] })
    .returning();
  if (created) {
    await tx.update(attempts).set({ lastActivityAt: sql`now()` }).where(and(eq(attempts.orgId, orgId), eq(attempts.id, attempt.id)));
    return created;
  }
  const [existing] = await tx
    .select()
    .from(attemptComments)
    .where(and(eq(attemptComments.orgId, orgId), eq(attemptComments.clientKey, input.clientKey), eq(attemptComments.authorMembershipId, input.authorMembershipId)));
  if (!existing) throw new PracticeError("not_found");
  return existing;
}
