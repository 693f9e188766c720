import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "@/db/schema";
import { footholdAdapter } from "@/lib/auth/session-adapter";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { createUser } from "../support/factories";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const DAY = 24 * 60 * 60 * 1000;

describe("sessions", () => {
  it("ends a session past its absolute lifetime even if it was used a minute ago", async () => {
    const user = await createUser(t.db);
    const adapter = footholdAdapter(t.db, { maxLifetimeMs: 30 * DAY });
    await t.owner.insert(sessions).values([
      { sessionToken: "fresh", userId: user.id, expires: new Date(Date.now() + 7 * DAY), createdAt: new Date(Date.now() - DAY) },
      { sessionToken: "ancient", userId: user.id, expires: new Date(Date.now() + 7 * DAY), createdAt: new Date(Date.now() - 31 * DAY) },
    ]);
    expect((await adapter.getSessionAndUser!("fresh"))?.user.email).toBe(user.email);
    expect(await adapter.getSessionAndUser!("ancient")).toBeNull();
    expect(await t.owner.select().from(sessions).where(eq(sessions.sessionToken, "ancient"))).toEqual([]);
  });

  it("signs a user out on every device, and nobody else", async () => {
    const user = await createUser(t.db);
    const other = await createUser(t.db);
    const expires = new Date(Date.now() + DAY);
    await t.owner.insert(sessions).values([
      { sessionToken: "laptop", userId: user.id, expires },
      { sessionToken: "phone", userId: user.id, expires },
      { sessionToken: "theirs", userId: other.id, expires },
    ]);
    expect(await signOutEverywhere(t.db, { userId: user.id })).toBe(2);
    expect((await t.owner.select().from(sessions)).map((s) => s.sessionToken)).toContain("theirs");
    expect(await t.owner.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
  });
});
