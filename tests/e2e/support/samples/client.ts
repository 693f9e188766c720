import type { SampleProvider } from "../route-samples";

const clientSample: SampleProvider = async (practice) => ({ client: practice.clientMembershipId });
export default clientSample;
