import type { ClientSummary } from "@/lib/clients/find-client";
import type { Member } from "@/lib/tenancy/guard";

/** What every panel of the coach's client page receives: the resolved member and the client. */
export interface ClientPanelProps {
  member: Member;
  client: ClientSummary;
}
