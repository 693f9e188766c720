import { type WeekBucket, type WinKind, winsChart } from "@/lib/journal/wins-by-week";

const WIDTH = 640;
const HEIGHT = 220;
const COLOURS: Record<WinKind, string> = { journal: "#1f4d3a", inventory: "#6b9e84", level: "#b45309" };
export const WIN_LABELS: Record<WinKind, string> = { journal: "Journal wins", inventory: "Inventory entries", level: "Levels mastered" };

/** Wins per week as stacked bars, drawn on the server; scales to the phone's width through its viewBox. */
export function WinsChart({ buckets }: { buckets: readonly WeekBucket[] }) {
  const g = winsChart(buckets, { width: WIDTH, height: HEIGHT });
  const total = buckets.reduce((sum, b) => sum + b.total, 0);
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="wins-title wins-desc" className="h-auto w-full max-w-2xl rounded-md bg-white" data-testid="wins-chart">
        <title id="wins-title">Wins per week</title>
        <desc id="wins-desc">
          {`${total} win${total === 1 ? "" : "s"} over the last ${buckets.length} weeks, counted per week: journal wins, inventory entries and levels mastered.`}
        </desc>
        {g.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} stroke="currentColor" strokeOpacity={0.12} />
            <text x={g.plot.left - 6} y={tick.y + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {tick.value}
            </text>
          </g>
        ))}
        {g.bars.map((bar, index) => (
          <g key={bar.weekStart}>
            {bar.segments.map((segment) => (
              <rect key={segment.kind} x={segment.x} y={segment.y} width={segment.width} height={segment.height} fill={COLOURS[segment.kind]} rx={2} />
            ))}
            {index % 3 === 0 || index === g.bars.length - 1 ? (
              <text x={bar.x + (bar.segments[0]?.width ?? 0) / 2} y={g.plot.bottom + 18} textAnchor="middle" fontSize={11} fill="currentColor">
                {bar.label}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm text-muted">
        {(Object.keys(COLOURS) as WinKind[]).map((kind) => (
          <span key={kind}>
            <span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm align-middle" style={{ backgroundColor: COLOURS[kind] }} />
            {WIN_LABELS[kind]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
