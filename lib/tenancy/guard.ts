import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { type CurrentUser, requireUser } from "@/lib/auth/current-user";
import { type MembershipContext, findMembershipBySlug } from "./find-membership";
import type { MembershipRole } from "./roles";
import type { TenantScope } from "./scope";

export interface Member extends MembershipContext {
  user: CurrentUser;
  /** What every tenant query takes: the org and the caller. */
  scope: TenantScope;
}

const membershipFor = cache(async (userId: string, slug: string) => {
  // Slugs are stored lowercase; any other spelling is simply not an organization.
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  return findMembershipBySlug(getDb(), { userId, slug });
});

/**
 * The one gate for tenant pages, server actions and route handlers: resolves the
 * signed-in user and their membership in the organization at `slug`. An organization the
 * caller does not belong to, or a role that may not see the page, answers 404: an
 * outsider learns nothing, not even that the organization exists.
 */
export async function requireMember(
  slug: string,
  options: { roles?: readonly MembershipRole[]; returnTo?: string } = {},
): Promise<Member> {
  const user = await requireUser(options.returnTo ?? `/o/${encodeURIComponent(slug)}`);
  const membership = await membershipFor(user.id, slug);
  if (!membership) notFound();
  if (options.roles && !options.roles.includes(membership.role)) notFound();
  return { ...membership, user, scope: { orgId: membership.org.id, userId: user.id } };
}
