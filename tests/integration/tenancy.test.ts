import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships, organizations } from "@/db/schema";
import { SlugTakenError, createOrganization, createOrganizationSchema } from "@/lib/tenancy/create-organization";
import { findMembershipBySlug } from "@/lib/tenancy/find-membership";
import { listUserOrganizations } from "@/lib/tenancy/list-memberships";
import { createPractice, createUser } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("creating a practice", () => {
  it("makes the creator its owner and records it in the audit log", async () => {
    const { owner, org } = await createPractice(t.db, "north");
    const membership = await findMembershipBySlug(t.db, { userId: owner.id, slug: org.slug });
    expect(membership).toMatchObject({ role: "owner", org: { slug: org.slug, timezone: "UTC" } });
  });

  it("rejects a taken address and leaves nothing half-created", async () => {
    const { org } = await createPractice(t.db, "taken");
    const other = await createUser(t.db);
    const before = await t.owner.select().from(organizations);
    await expect(
      createOrganization(t.db, { userId: other.id, input: { name: "Copycat", slug: org.slug, timezone: "UTC" } }),
    ).rejects.toBeInstanceOf(SlugTakenError);
    expect(await t.owner.select().from(organizations)).toHaveLength(before.length);
    expect(await t.owner.select().from(memberships).where(eq(memberships.userId, other.id))).toEqual([]);
  });

  it("validates name, address and time zone with messages a person can act on", () => {
    const result = createOrganizationSchema.safeParse({ name: " ", slug: "Bad Slug!", timezone: "Mars/Olympus" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages.name).toBe("Give your practice a name.");
    expect(messages.slug).toMatch(/lowercase letters, numbers and single hyphens/);
    expect(messages.timezone).toBe("Choose a time zone from the list.");
    expect(createOrganizationSchema.safeParse({ name: "Ok", slug: "new", timezone: "UTC" }).error?.issues[0]?.message).toMatch(/reserved/);
  });
});

describe("resolving the caller's membership", () => {
  it("finds nothing for an organization the user does not belong to", async () => {
    const a = await createPractice(t.db, "own");
    const b = await createPractice(t.db, "foreign");
    expect(await findMembershipBySlug(t.db, { userId: a.owner.id, slug: b.org.slug })).toBeNull();
    expect(await findMembershipBySlug(t.db, { userId: a.owner.id, slug: "does-not-exist" })).toBeNull();
  });

  it("lists every organization of a user who coaches in one and is a client in another", async () => {
    const a = await createPractice(t.db, "coaching");
    const b = await createPractice(t.db, "learning");
    await t.owner.insert(memberships).values({ orgId: b.org.id, userId: a.owner.id, role: "client" });
    const list = await listUserOrganizations(t.db, { userId: a.owner.id });
    expect(list.map((org) => [org.slug, org.role]).sort()).toEqual([
      [a.org.slug, "owner"],
      [b.org.slug, "client"],
    ].sort());
  });
});
