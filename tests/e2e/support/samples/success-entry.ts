import { successEntries } from "@/db/schema";
import { enterTenant } from "@/lib/tenancy/scope";
import { ownerDb } from "../arrange";
import type { SampleProvider } from "../route-samples";

/** A complete inventory entry of the practice's client, for /client/wins/[entry] routes. */
const successEntrySample: SampleProvider = async (practice) => {
  const id = await ownerDb().transaction(async (tx) => {
    await enterTenant(tx, { orgId: practice.org.id, userId: null });
    const [row] = await tx
      .insert(successEntries)
      .values({
        orgId: practice.org.id,
        clientMembershipId: practice.clientMembershipId,
        title: "Sample win",
        domain: "personal",
        status: "complete",
        answers: { challenge: "c", actions: "a", obstacles: "o", resources: "r", feelings: "f" },
      })
      .returning({ id: successEntries.id });
    return row!.id;
  });
  return { entry: id };
};
export default successEntrySample;
