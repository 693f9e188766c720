export const MEMBERSHIP_ROLES = ["owner", "admin", "coach", "client"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles that work with clients: owners and admins coach too. */
export const STAFF_ROLES = ["owner", "admin", "coach"] as const satisfies readonly MembershipRole[];
export const ADMIN_ROLES = ["owner", "admin"] as const satisfies readonly MembershipRole[];

export function isStaff(role: MembershipRole): boolean {
  return (STAFF_ROLES as readonly MembershipRole[]).includes(role);
}

export const ROLE_LABELS: Record<MembershipRole, string> = {
  owner: "Owner",
  admin: "Admin",
  coach: "Coach",
  client: "Client",
};
