import { describe, expect, it } from "vitest";
import { canPin, MAX_PINNED } from "../../../lib/inventory";

describe("canPin", () => {
  it("allows pinning while fewer than three wins are pinned", () => {
    expect(MAX_PINNED).toBe(3);
    expect(canPin(0)).toEqual({ ok: true });
    expect(canPin(2)).toEqual({ ok: true });
  });

  it("refuses a fourth with a message saying what to do", () => {
    expect(canPin(3)).toEqual({ ok: false, message: "You can pin up to 3 wins. Unpin one to make room for this one." });
    expect(canPin(5).ok).toBe(false);
  });
});
