import { describe, expect, it } from "vitest";
import { dateToWallTime, wallTimeToDate } from "@/lib/practice/wall-time";

describe("datetime-local values in the practice's time zone", () => {
  it("reads a wall-clock time where the practice is", () => {
    expect(wallTimeToDate("2026-03-04T18:30", "UTC")?.toISOString()).toBe("2026-03-04T18:30:00.000Z");
    expect(wallTimeToDate("2026-07-01T09:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(wallTimeToDate("2026-01-15T09:00", "America/New_York")?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
  });

  it("refuses what is not a real date and time", () => {
    for (const value of ["", "tomorrow", "2026-02-30T10:00", "2026-03-04T25:00", "2026-03-04"]) expect(wallTimeToDate(value, "UTC"), value).toBeNull();
  });

  it("writes an instant back as the same wall-clock value", () => {
    const date = wallTimeToDate("2026-10-25T01:30", "Europe/London")!;
    expect(dateToWallTime(date, "Europe/London")).toBe("2026-10-25T01:30");
  });
});
