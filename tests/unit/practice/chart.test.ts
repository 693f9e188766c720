import { describe, expect, it } from "vitest";
import { confidenceChart, type ConfidencePoint } from "@/lib/practice/chart";

const options = { width: 200, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 } };
const at = (iso: string, before: number | null, after: number | null): ConfidencePoint => ({ date: new Date(iso), before, after });

describe("confidenceChart", () => {
  it("handles no points: empty, with axes still drawable", () => {
    const chart = confidenceChart([], options);
    expect(chart.empty).toBe(true);
    expect(chart.points).toEqual([]);
    expect(chart.beforeLine).toBe("");
    expect(chart.afterLine).toBe("");
    expect(chart.xTicks).toEqual([]);
    expect(chart.yTicks.map((tick) => [tick.value, tick.y])).toEqual([
      [0, 110],
      [25, 85],
      [50, 60],
      [75, 35],
      [100, 10],
    ]);
  });

  it("centres a single point", () => {
    const chart = confidenceChart([at("2026-03-02T10:00:00Z", 40, 70)], options);
    expect(chart.points[0]).toMatchObject({ x: 100, label: "2 Mar", before: { value: 40, y: 70 }, after: { value: 70, y: 40 } });
    expect(chart.beforeLine).toBe("100,70");
    expect(chart.xTicks).toEqual([{ x: 100, label: "2 Mar" }]);
  });

  it("scales many points by date, sorted, from the left to the right edge", () => {
    const chart = confidenceChart(
      [at("2026-03-11T00:00:00Z", 80, 90), at("2026-03-01T00:00:00Z", 20, 30), at("2026-03-03T00:00:00Z", 50, null)],
      options,
    );
    expect(chart.points.map((point) => point.x)).toEqual([10, 46, 190]);
    expect(chart.beforeLine).toBe("10,90 46,60 190,30");
    // The missing "after" value is skipped, not drawn at zero.
    expect(chart.afterLine).toBe("10,80 190,20");
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(["1 Mar", "3 Mar", "11 Mar"]);
  });

  it("spaces attempts evenly on an index scale, and when all share one instant", () => {
    const points = [at("2026-03-01T00:00:00Z", 10, 10), at("2026-03-02T00:00:00Z", 10, 10), at("2026-03-30T00:00:00Z", 10, 10)];
    expect(confidenceChart(points, { ...options, xScale: "index" }).points.map((p) => p.x)).toEqual([10, 100, 190]);
    const same = points.map((point) => ({ ...point, date: new Date("2026-03-01T00:00:00Z") }));
    expect(confidenceChart(same, options).points.map((p) => p.x)).toEqual([10, 100, 190]);
  });

  it("clamps values outside 0–100", () => {
    const chart = confidenceChart([at("2026-03-01T00:00:00Z", -5, 140)], options);
    expect(chart.points[0]?.before).toEqual({ value: 0, y: 110 });
    expect(chart.points[0]?.after).toEqual({ value: 100, y: 10 });
  });

  it("limits date ticks, keeps first and last, and drops repeated labels", () => {
    const many = Array.from({ length: 30 }, (_, day) => at(`2026-04-${String(day + 1).padStart(2, "0")}T12:00:00Z`, 50, 60));
    const ticks = confidenceChart(many, { ...options, maxDateTicks: 4 }).xTicks;
    expect(ticks.map((tick) => tick.label)).toEqual(["1 Apr", "11 Apr", "20 Apr", "30 Apr"]);

    const sameDay = [at("2026-04-01T08:00:00Z", 1, 2), at("2026-04-01T18:00:00Z", 3, 4)];
    expect(confidenceChart(sameDay, options).xTicks).toHaveLength(1);
  });

  it("labels dates in the given time zone and adds the year when the chart spans years", () => {
    const late = [at("2026-03-01T23:30:00Z", 50, 60)];
    expect(confidenceChart(late, { ...options, timeZone: "Asia/Tokyo" }).points[0]?.label).toBe("2 Mar");
    const spanning = [at("2025-12-30T12:00:00Z", 1, 1), at("2026-01-02T12:00:00Z", 1, 1)];
    expect(confidenceChart(spanning, options).xTicks.map((tick) => tick.label)).toEqual(["30 Dec 2025", "2 Jan 2026"]);
  });

  it("never produces negative plot sizes for tiny charts", () => {
    const chart = confidenceChart([at("2026-03-01T00:00:00Z", 50, 50)], { width: 10, height: 10 });
    expect(chart.plot.right).toBeGreaterThanOrEqual(chart.plot.left);
    expect(chart.plot.bottom).toBeGreaterThanOrEqual(chart.plot.top);
  });
});
