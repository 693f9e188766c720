import { z } from "zod";

// Paths under /o/ that a slug may not take, so a slug never shadows a route.
const RESERVED = new Set(["new", "admin", "api", "settings", "dev", "auth", "sign-in", "invitations"]);

export const orgSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "The address needs at least 3 characters.")
  .max(48, "Keep the address under 48 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, numbers and single hyphens (e.g. north-star-coaching).")
  .refine((slug) => !RESERVED.has(slug), "That address is reserved; please choose another.");

/** A URL segment that cannot be a slug is answered 404 before any query runs. */
export function isWellFormedSlug(value: string): boolean {
  return orgSlugSchema.safeParse(value).success && value === value.toLowerCase();
}

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}
