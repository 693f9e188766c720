import { describe, expect, it } from "vitest";
import { allowedActions, mapPosition } from "@/lib/assignments/status-rules";

describe("assignment status", () => {
  it("pauses and ends active work, resumes or ends paused work, and never reopens ended or completed work", () => {
    expect(allowedActions("active")).toEqual(["pause", "end"]);
    expect(allowedActions("paused")).toEqual(["resume", "end"]);
    expect(allowedActions("ended")).toEqual([]);
    expect(allowedActions("completed")).toEqual([]);
  });
});

describe("mapPosition (moving to a new version)", () => {
  it("keeps the client's place, or the last level of a shorter version", () => {
    expect(mapPosition(2, 5)).toBe(2);
    expect(mapPosition(4, 3)).toBe(2);
    expect(mapPosition(0, 2)).toBe(0);
  });
});
