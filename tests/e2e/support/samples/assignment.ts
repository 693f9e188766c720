import { arrangeAssignment } from "../../../support/ladder-factory";
import { ownerDb } from "../arrange";
import type { SampleProvider } from "../route-samples";

const assignmentSample: SampleProvider = async (practice) => {
  const { assignment } = await arrangeAssignment(ownerDb(), { orgId: practice.org.id, clientMembershipId: practice.clientMembershipId });
  return { assignment: assignment.id };
};
export default assignmentSample;
