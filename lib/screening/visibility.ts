import type { MembershipRole } from "@/lib/tenancy/roles";

/**
 * Who may read a client's screening answers, scores and the reasons behind a flag: the
 * client's own coach and the practice's owners and admins. Other coaches of the practice
 * see only that a screening is pending, finished or flagged (and act on nothing); the
 * client sees none of it.
 */
export function canSeeScreeningDetails(
  viewer: { role: MembershipRole; membershipId: string },
  client: { coachMembershipId: string | null },
): boolean {
  if (viewer.role === "owner" || viewer.role === "admin") return true;
  return viewer.role === "coach" && client.coachMembershipId === viewer.membershipId;
}
