/**
 * Geometry for the server-rendered SVG chart of confidence before and after
 * each attempt. Everything the page needs to draw is computed here, so the page
 * only maps numbers to elements and the maths is unit-tested.
 */

export interface ConfidencePoint {
  date: Date;
  /** 0–100; null if not recorded (the line skips it). */
  before: number | null;
  after: number | null;
}

export interface ChartPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartOptions {
  width: number;
  height: number;
  padding?: Partial<ChartPadding>;
  /** "time" spaces points by date; "index" spaces attempts evenly. */
  xScale?: "time" | "index";
  /** Time zone for date labels; defaults to UTC. */
  timeZone?: string;
  maxDateTicks?: number;
}

export interface PlottedValue {
  value: number;
  y: number;
}

export interface PlottedPoint {
  x: number;
  date: Date;
  label: string;
  before: PlottedValue | null;
  after: PlottedValue | null;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plotting area inside the padding. */
  plot: { left: number; top: number; right: number; bottom: number };
  points: PlottedPoint[];
  /** For <polyline points="…">; empty string when there is nothing to join. */
  beforeLine: string;
  afterLine: string;
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  empty: boolean;
}

const DEFAULT_PADDING: ChartPadding = { top: 12, right: 16, bottom: 28, left: 36 };
const Y_TICK_VALUES = [0, 25, 50, 75, 100];

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function clampConfidence(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function dateFormatter(points: readonly ConfidencePoint[], timeZone: string): Intl.DateTimeFormat {
  const yearFormatter = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone });
  const years = new Set(points.map((point) => yearFormatter.format(point.date)));
  // The year is only noise unless the chart spans more than one.
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    ...(years.size > 1 ? { year: "numeric" } : {}),
    timeZone,
  });
}

function xPositions(points: readonly ConfidencePoint[], scale: "time" | "index", left: number, right: number): number[] {
  const span = right - left;
  if (points.length === 1) return [left + span / 2];
  if (scale === "index") return points.map((_, index) => left + (span * index) / (points.length - 1));
  const first = points[0]?.date.getTime() ?? 0;
  const last = points[points.length - 1]?.date.getTime() ?? 0;
  // All on one instant: a time scale cannot separate them, so fall back to even spacing.
  if (last === first) return xPositions(points, "index", left, right);
  return points.map((point) => left + (span * (point.date.getTime() - first)) / (last - first));
}

/** Up to `max` ticks at evenly chosen points, always including the first and last. */
function pickTickIndexes(count: number, max: number): number[] {
  if (count === 0 || max <= 0) return [];
  if (count <= max) return Array.from({ length: count }, (_, index) => index);
  if (max === 1) return [0];
  const picked = new Set<number>();
  for (let step = 0; step < max; step += 1) picked.add(Math.round((step * (count - 1)) / (max - 1)));
  return [...picked];
}

function polyline(points: readonly PlottedPoint[], key: "before" | "after"): string {
  return points
    .flatMap((point) => {
      const value = point[key];
      return value ? [`${point.x},${value.y}`] : [];
    })
    .join(" ");
}

export function confidenceChart(input: readonly ConfidencePoint[], options: ChartOptions): ChartGeometry {
  const padding = { ...DEFAULT_PADDING, ...options.padding };
  const width = Math.max(0, options.width);
  const height = Math.max(0, options.height);
  const left = Math.min(padding.left, width);
  const right = Math.max(left, width - padding.right);
  const top = Math.min(padding.top, height);
  const bottom = Math.max(top, height - padding.bottom);
  const yOf = (value: number) => round(bottom - (clampConfidence(value) / 100) * (bottom - top));

  const sorted = [...input].sort((a, b) => a.date.getTime() - b.date.getTime());
  const formatter = dateFormatter(sorted, options.timeZone ?? "UTC");
  const xs = xPositions(sorted, options.xScale ?? "time", left, right);

  const points = sorted.map((point, index): PlottedPoint => {
    const plotted = (value: number | null) =>
      value === null || !Number.isFinite(value) ? null : { value: clampConfidence(value), y: yOf(value) };
    return {
      x: round(xs[index] ?? left),
      date: point.date,
      label: formatter.format(point.date),
      before: plotted(point.before),
      after: plotted(point.after),
    };
  });

  const xTicks: { x: number; label: string }[] = [];
  for (const index of pickTickIndexes(points.length, options.maxDateTicks ?? 5)) {
    const point = points[index];
    // Several attempts on one day would stack identical labels.
    if (point && xTicks.at(-1)?.label !== point.label) xTicks.push({ x: point.x, label: point.label });
  }

  return {
    width,
    height,
    plot: { left, top, right, bottom },
    points,
    beforeLine: polyline(points, "before"),
    afterLine: polyline(points, "after"),
    yTicks: Y_TICK_VALUES.map((value) => ({ value, y: yOf(value), label: String(value) })),
    xTicks,
    empty: points.length === 0,
  };
}
