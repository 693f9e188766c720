import { z } from "zod";
import type { Database } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { withTenant } from "./scope";
import { orgSlugSchema } from "./slug";
import { isValidTimeZone } from "./timezone";

export const createOrganizationSchema = z.object({
  name: z.string().trim().min(2, "Give your practice a name.").max(100, "Keep the name under 100 characters."),
  slug: orgSlugSchema,
  timezone: z.string().trim().refine(isValidTimeZone, "Choose a time zone from the list."),
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

export class SlugTakenError extends Error {
  constructor(slug: string) {
    super(`The address "${slug}" is already taken. Try another.`);
  }
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause ?? error;
  return (cause as { code?: string })?.code === "23505";
}

/** Creates a practice and makes its creator the owner (who coaches, too). All or nothing. */
export async function createOrganization(
  db: Database,
  { userId, input }: { userId: string; input: CreateOrganizationInput },
): Promise<{ id: string; slug: string }> {
  const orgId = crypto.randomUUID();
  try {
    return await withTenant(db, { orgId, userId }, async (tx) => {
      await tx.insert(organizations).values({ id: orgId, name: input.name, slug: input.slug, timezone: input.timezone });
      await tx.insert(memberships).values({ orgId, userId, role: "owner" });
      await recordAudit(tx, { orgId, actorUserId: userId, action: "organization.created", subject: input.slug });
      return { id: orgId, slug: input.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SlugTakenError(input.slug);
    throw error;
  }
}
