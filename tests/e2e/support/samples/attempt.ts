import { randomUUID } from "node:crypto";
import { attempts } from "@/db/schema";
import { enterTenant } from "@/lib/tenancy/scope";
import { arrangeAssignment } from "../../../support/ladder-factory";
import { ownerDb } from "../arrange";
import type { SampleProvider } from "../route-samples";

const attemptSample: SampleProvider = async (practice) => {
  const db = ownerDb();
  const { assignment } = await arrangeAssignment(db, { orgId: practice.org.id, clientMembershipId: practice.clientMembershipId });
  const attempt = await db.transaction(async (tx) => {
    await enterTenant(tx, { orgId: practice.org.id, userId: null });
    const [row] = await tx
      .insert(attempts)
      .values({
        orgId: practice.org.id,
        assignmentId: assignment.id,
        levelId: assignment.currentLevelId!,
        clientMembershipId: practice.clientMembershipId,
        clientKey: randomUUID(),
        confidenceBefore: 50,
      })
      .returning({ id: attempts.id });
    return row!;
  });
  return { attempt: attempt.id };
};
export default attemptSample;
