import { isoDateOf, localDayNumber, mondayOf, weekIndexOf } from "@/lib/practice/local-date";

/**
 * Wins over time for the client's progress page: journal wins, inventory entries and
 * mastered levels counted per week (Monday first, on the client's calendar) for the
 * last few weeks, with the geometry of a stacked bar chart so the page only draws.
 */

export type WinKind = "journal" | "inventory" | "level";
export const WIN_KINDS: readonly WinKind[] = ["journal", "inventory", "level"];

export interface DatedWin {
  kind: WinKind;
  /** A calendar date "YYYY-MM-DD" (journal) or an instant (the rest). */
  on: string | Date;
}

export interface WeekBucket {
  /** Local date of the week's Monday. */
  weekStart: string;
  counts: Record<WinKind, number>;
  total: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumberOf(on: string | Date, timeZone: string): number {
  if (typeof on === "string") return Math.floor(Date.parse(`${on}T00:00:00Z`) / DAY_MS);
  return localDayNumber(on, timeZone);
}

export function winsByWeek(wins: readonly DatedWin[], { now, timeZone, weeks = 12 }: { now: Date; timeZone: string; weeks?: number }): WeekBucket[] {
  const thisWeek = weekIndexOf(localDayNumber(now, timeZone));
  const thisMonday = mondayOf(localDayNumber(now, timeZone));
  const buckets: WeekBucket[] = Array.from({ length: weeks }, (_, i) => ({
    weekStart: isoDateOf(thisMonday - 7 * (weeks - 1 - i)),
    counts: { journal: 0, inventory: 0, level: 0 },
    total: 0,
  }));
  for (const win of wins) {
    const day = dayNumberOf(win.on, timeZone);
    if (!Number.isFinite(day)) continue;
    const offset = weekIndexOf(day) - (thisWeek - weeks + 1);
    const bucket = buckets[offset];
    if (!bucket) continue;
    bucket.counts[win.kind] += 1;
    bucket.total += 1;
  }
  return buckets;
}

export interface BarSegment {
  kind: WinKind;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
}

export interface WinsChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  max: number;
  bars: { weekStart: string; label: string; total: number; x: number; segments: BarSegment[] }[];
  yTicks: { value: number; y: number }[];
}

const PAD = { top: 12, right: 8, bottom: 28, left: 28 };

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function weekLabel(weekStart: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${weekStart}T00:00:00Z`));
}

export function winsChart(buckets: readonly WeekBucket[], { width, height }: { width: number; height: number }): WinsChartGeometry {
  const plot = { left: PAD.left, top: PAD.top, right: width - PAD.right, bottom: height - PAD.bottom };
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const slot = buckets.length > 0 ? (plot.right - plot.left) / buckets.length : 0;
  const barWidth = round(slot * 0.7);
  const scale = (plot.bottom - plot.top) / max;
  const bars = buckets.map((bucket, index) => {
    const x = round(plot.left + slot * index + (slot - barWidth) / 2);
    let base = plot.bottom;
    const segments: BarSegment[] = [];
    for (const kind of WIN_KINDS) {
      const count = bucket.counts[kind];
      if (count === 0) continue;
      const h = round(count * scale);
      base = round(base - h);
      segments.push({ kind, x, y: base, width: barWidth, height: h, count });
    }
    return { weekStart: bucket.weekStart, label: weekLabel(bucket.weekStart), total: bucket.total, x, segments };
  });
  const step = max <= 4 ? 1 : Math.ceil(max / 4);
  const yTicks: { value: number; y: number }[] = [];
  for (let value = 0; value <= max; value += step) yTicks.push({ value, y: round(plot.bottom - value * scale) });
  return { width, height, plot, max, bars, yTicks };
}
