import { describe, expect, it } from "vitest";
import { cadenceStatus } from "@/lib/practice/cadence";
import { isoWeekKeyOf, localDayNumber, weekdayOf } from "@/lib/practice/local-date";

// Wednesday 11 March 2026, 12:00 UTC.
const now = new Date("2026-03-11T12:00:00Z");
const utc = (iso: string) => new Date(`${iso}Z`);

describe("cadenceStatus", () => {
  it("reports this week's count against the target", () => {
    const status = cadenceStatus({
      attemptsPerWeek: 2,
      attemptDates: [utc("2026-03-09T18:00:00"), utc("2026-03-10T18:00:00"), utc("2026-03-05T18:00:00")],
      now,
      timeZone: "UTC",
    });
    expect(status).toMatchObject({
      week: "2026-W11",
      weekStart: "2026-03-09",
      attemptsThisWeek: 2,
      target: 2,
      remaining: 0,
      daysLeft: 5,
      pace: "met",
      onTrack: true,
    });
  });

  it("is on track early in the week with nothing done yet, and behind once the pace slips", () => {
    const input = { attemptsPerWeek: 2, attemptDates: [] as Date[], timeZone: "UTC" };
    expect(cadenceStatus({ ...input, now }).pace).toBe("on_track");
    // Friday: 4 days done, 2 × 4/7 → 1 attempt expected.
    const friday = cadenceStatus({ ...input, now: utc("2026-03-13T12:00:00") });
    expect(friday).toMatchObject({ pace: "behind", onTrack: false, remaining: 2, daysLeft: 3 });
    const fridayWithOne = cadenceStatus({ ...input, attemptDates: [utc("2026-03-12T09:00:00")], now: utc("2026-03-13T12:00:00") });
    expect(fridayWithOne.pace).toBe("on_track");
  });

  it("has no pace without a cadence", () => {
    expect(cadenceStatus({ attemptsPerWeek: null, attemptDates: [], now, timeZone: "UTC" })).toMatchObject({
      pace: "no_cadence",
      onTrack: null,
      target: null,
      remaining: null,
    });
  });

  it("places attempts in the client's local week", () => {
    // Sunday 8 March 23:30 in UTC is already Monday 9 March in Berlin.
    const sundayNightUtc = utc("2026-03-08T23:30:00");
    const berlin = cadenceStatus({ attemptsPerWeek: 1, attemptDates: [sundayNightUtc], now, timeZone: "Europe/Berlin" });
    expect(berlin.attemptsThisWeek).toBe(1);
    const utcWeek = cadenceStatus({ attemptsPerWeek: 1, attemptDates: [sundayNightUtc], now, timeZone: "UTC" });
    expect(utcWeek.attemptsThisWeek).toBe(0);
    // Monday 16 March 05:00 UTC is still Sunday evening in Los Angeles: "now" is local too.
    const la = cadenceStatus({ attemptsPerWeek: 1, attemptDates: [], now: utc("2026-03-16T05:00:00"), timeZone: "America/Los_Angeles" });
    expect(la.weekStart).toBe("2026-03-09");
  });

  it("counts the streak of consecutive practice weeks, ending this week", () => {
    const dates = ["2026-03-10", "2026-03-03", "2026-02-24", "2026-02-10"].map((day) => utc(`${day}T10:00:00`));
    expect(cadenceStatus({ attemptsPerWeek: 1, attemptDates: dates, now, timeZone: "UTC" }).streakWeeks).toBe(3);
  });

  it("keeps the streak alive through a week that has not had practice yet", () => {
    const dates = ["2026-03-03", "2026-02-24"].map((day) => utc(`${day}T10:00:00`));
    expect(cadenceStatus({ attemptsPerWeek: 1, attemptDates: dates, now, timeZone: "UTC" }).streakWeeks).toBe(2);
  });

  it("breaks the streak after a full week without practice", () => {
    const dates = ["2026-02-24", "2026-02-17"].map((day) => utc(`${day}T10:00:00`));
    expect(cadenceStatus({ attemptsPerWeek: 1, attemptDates: dates, now, timeZone: "UTC" }).streakWeeks).toBe(0);
  });

  it("ignores attempts dated in the future", () => {
    const status = cadenceStatus({ attemptsPerWeek: 1, attemptDates: [utc("2026-03-12T10:00:00")], now, timeZone: "UTC" });
    expect(status).toMatchObject({ attemptsThisWeek: 0, streakWeeks: 0 });
  });

  it("throws for an unknown time zone", () => {
    expect(() => cadenceStatus({ attemptsPerWeek: 1, attemptDates: [], now, timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});

describe("local dates", () => {
  it("computes ISO weeks across year boundaries", () => {
    expect(isoWeekKeyOf(localDayNumber(utc("2026-01-01T12:00:00"), "UTC"))).toBe("2026-W01");
    expect(isoWeekKeyOf(localDayNumber(utc("2027-01-01T12:00:00"), "UTC"))).toBe("2026-W53");
    expect(isoWeekKeyOf(localDayNumber(utc("2024-12-30T12:00:00"), "UTC"))).toBe("2025-W01");
  });

  it("numbers weekdays from Monday", () => {
    expect(weekdayOf(localDayNumber(utc("2026-03-09T12:00:00"), "UTC"))).toBe(0);
    expect(weekdayOf(localDayNumber(utc("2026-03-15T12:00:00"), "UTC"))).toBe(6);
  });
});
