import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/validation/safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeRedirectPath("/o/demo/coach")).toBe("/o/demo/coach");
    expect(safeRedirectPath("/invitations/abc?x=1#top")).toBe("/invitations/abc?x=1#top");
  });

  it("refuses anything that a browser would resolve to another origin", () => {
    for (const hostile of ["//evil.com", "/\\evil.com", "/\t/evil.com", "/\n/evil.com", "https://evil.com", "javascript:alert(1)", "evil.com", "/%09/evil.com".replace("%09", "\t")]) {
      expect(safeRedirectPath(hostile), JSON.stringify(hostile)).toBe("/start");
    }
  });

  it("falls back for missing or non-string values", () => {
    expect(safeRedirectPath(undefined)).toBe("/start");
    expect(safeRedirectPath(42, "/")).toBe("/");
  });
});
