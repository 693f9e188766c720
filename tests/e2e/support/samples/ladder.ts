import { arrangePublishedLadder } from "../../../support/ladder-factory";
import { ownerDb } from "../arrange";
import type { SampleProvider } from "../route-samples";

/** A published ladder of the practice, for /coach/ladders/[ladder]. */
const ladderSample: SampleProvider = async (practice) => {
  const { ladder } = await arrangePublishedLadder(ownerDb(), { orgId: practice.org.id });
  return { ladder: ladder.id };
};
export default ladderSample;
