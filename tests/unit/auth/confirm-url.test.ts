import { describe, expect, it } from "vitest";
import { confirmUrlFor } from "@/lib/auth/magic-link";

describe("the emailed sign-in link", () => {
  it("points at the confirm page on APP_URL whatever host the request claimed", () => {
    const fromForgedHost = "https://evil.example/api/auth/callback/email?callbackUrl=%2Fstart&token=t0k&email=a%40b.c";
    const link = new URL(confirmUrlFor(fromForgedHost, "https://app.foothold.test"));
    expect(link.origin).toBe("https://app.foothold.test");
    expect(link.pathname).toBe("/sign-in/confirm");
    expect(Object.fromEntries(link.searchParams)).toEqual({ callbackUrl: "/start", token: "t0k", email: "a@b.c" });
  });
});
