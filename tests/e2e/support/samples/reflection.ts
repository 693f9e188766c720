import { attempts } from "@/db/schema";
import { saveReflection } from "@/lib/reflections/save-reflection";
import { enterTenant } from "@/lib/tenancy/scope";
import { arrangeAssignment } from "../../../support/ladder-factory";
import { ownerDb } from "../arrange";
import type { SampleProvider } from "../route-samples";

/** A recorded attempt of the practice's client with a reflection that credits the success away. */
const reflectionSample: SampleProvider = async (practice) => {
  const db = ownerDb();
  const orgId = practice.org.id;
  const { assignment, levels } = await arrangeAssignment(db, { orgId, clientMembershipId: practice.clientMembershipId });
  const reflection = await db.transaction(async (tx) => {
    await enterTenant(tx, { orgId, userId: null });
    const [attempt] = await tx
      .insert(attempts)
      .values({ orgId, assignmentId: assignment.id, levelId: levels[0]!.id, clientMembershipId: practice.clientMembershipId, clientKey: crypto.randomUUID(), status: "recorded", confidenceBefore: 40, outcome: "success", recordedAt: new Date() })
      .returning();
    return saveReflection(tx, { orgId, clientMembershipId: practice.clientMembershipId, outcome: "success", text: "I just got lucky, the audience was kind.", attemptId: attempt!.id });
  });
  return { reflection: reflection.id };
};
export default reflectionSample;
