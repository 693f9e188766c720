import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeSignInAllowance } from "@/lib/auth/sign-in-limits";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { type TestDatabase, createTestDatabase } from "../support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("sign-in email limits", () => {
  it("allows five links per address per window, then says when to retry", async () => {
    const now = new Date("2026-11-24T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect((await consumeSignInAllowance(t.db, { email: "flood@example.com", ip: `10.0.0.${i}` }, now)).allowed).toBe(true);
    }
    const refused = await consumeSignInAllowance(t.db, { email: "flood@example.com", ip: "10.0.0.9" }, now);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAt?.toISOString()).toBe("2026-11-24T10:15:00.000Z");
    // Sixteen minutes later the window has moved on.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect((await consumeSignInAllowance(t.db, { email: "flood@example.com", ip: "10.0.0.9" }, later)).allowed).toBe(true);
  });

  it("limits one client IP across many addresses", async () => {
    const now = new Date("2026-11-24T11:00:00Z");
    let allowed = 0;
    for (let i = 0; i < 35; i++) {
      if ((await consumeSignInAllowance(t.db, { email: `x${i}@example.com`, ip: "203.0.113.7" }, now)).allowed) allowed++;
    }
    expect(allowed).toBe(30);
  });

  it("holds exactly under concurrent requests (as from several app instances)", async () => {
    const now = new Date("2026-11-24T12:00:00Z");
    const rule = { bucket: "test", key: "burst", limit: 4, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit(t.db, [rule], now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(4);
  });

  it("does not count a refused request against the other rule", async () => {
    const now = new Date("2026-11-24T13:00:00Z");
    const email = { bucket: "e", key: "one@example.com", limit: 1, windowMs: 60_000 };
    const ip = { bucket: "i", key: "198.51.100.1", limit: 2, windowMs: 60_000 };
    expect((await consumeRateLimit(t.db, [email, ip], now)).allowed).toBe(true);
    expect((await consumeRateLimit(t.db, [email, ip], now)).allowed).toBe(false);
    expect((await consumeRateLimit(t.db, [{ ...email, key: "two@example.com" }, ip], now)).allowed).toBe(true);
  });
});
