import { describe, expect, it } from "vitest";
import { winsByWeek, winsChart } from "../../../lib/journal/wins-by-week";

const now = new Date("2026-03-12T12:00:00Z"); // a Thursday

describe("winsByWeek", () => {
  it("counts wins per Monday-first week on the client's calendar, oldest week first", () => {
    const weeks = winsByWeek(
      [
        { kind: "journal", on: "2026-03-09" },
        { kind: "journal", on: "2026-03-08" },
        { kind: "inventory", on: new Date("2026-03-10T08:00:00Z") },
        { kind: "level", on: new Date("2026-03-01T23:30:00Z") },
        { kind: "journal", on: "2025-01-01" },
      ],
      { now, timeZone: "UTC", weeks: 3 },
    );
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-02-23", "2026-03-02", "2026-03-09"]);
    expect(weeks.map((w) => w.counts)).toEqual([
      { journal: 0, inventory: 0, level: 1 },
      { journal: 1, inventory: 0, level: 0 },
      { journal: 1, inventory: 1, level: 0 },
    ]);
  });

  it("places an instant by the client's local date", () => {
    // 23:30 UTC on Sunday 1 March is already Monday 2 March in Berlin.
    const weeks = winsByWeek([{ kind: "level", on: new Date("2026-03-01T23:30:00Z") }], { now, timeZone: "Europe/Berlin", weeks: 3 });
    expect(weeks.map((w) => w.total)).toEqual([0, 1, 0]);
  });
});

describe("winsChart", () => {
  it("stacks each week's kinds from the baseline and scales the tallest week to the plot", () => {
    const weeks = winsByWeek(
      [
        { kind: "journal", on: "2026-03-09" },
        { kind: "journal", on: "2026-03-10" },
        { kind: "level", on: new Date("2026-03-11T10:00:00Z") },
        { kind: "journal", on: "2026-03-03" },
      ],
      { now, timeZone: "UTC", weeks: 2 },
    );
    const g = winsChart(weeks, { width: 200, height: 140 });
    expect(g.max).toBe(3);
    const last = g.bars[1]!;
    expect(last.segments.map((s) => s.kind)).toEqual(["journal", "level"]);
    const top = last.segments[last.segments.length - 1]!;
    expect(top.y).toBeCloseTo(g.plot.top);
    expect(last.segments[0]!.y + last.segments[0]!.height).toBeCloseTo(g.plot.bottom);
    expect(g.bars[0]!.segments[0]!.height).toBeCloseTo((g.plot.bottom - g.plot.top) / 3);
  });

  it("draws an empty chart with a 0–1 scale rather than dividing by zero", () => {
    const g = winsChart(winsByWeek([], { now, timeZone: "UTC", weeks: 4 }), { width: 200, height: 100 });
    expect(g.max).toBe(1);
    expect(g.bars.every((b) => b.segments.length === 0)).toBe(true);
  });
});
