import { type ConfidencePoint, confidenceChart } from "@/lib/practice/chart";

const WIDTH = 640;
const HEIGHT = 240;

function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(date);
}

/**
 * Confidence before and after each attempt over time, drawn on the server as SVG from the
 * unit-tested geometry in lib/practice/chart. The figure is named and described for screen
 * readers, and the same figures are in a table beneath it.
 */
export function ConfidenceChart({ points, timeZone, id = "confidence-chart" }: { points: readonly ConfidencePoint[]; timeZone: string; id?: string }) {
  if (points.length === 0) return <p className="text-muted">No recorded attempts yet: the chart starts with the first one.</p>;
  const geometry = confidenceChart(points, { width: WIDTH, height: HEIGHT, timeZone });
  const { plot } = geometry;
  const last = points.at(-1);
  const description =
    `Confidence before (solid line) and after (dashed line) each of ${points.length} recorded attempt${points.length === 1 ? "" : "s"}, on a 0 to 100 scale.` +
    (last ? ` Latest: ${last.before ?? "not rated"} before, ${last.after ?? "not rated"} after.` : "");
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-2xl rounded-md bg-white"
        data-testid="confidence-chart"
      >
        <title id={`${id}-title`}>Confidence before and after attempts</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="currentColor" strokeOpacity={0.12} />
            <text x={plot.left - 6} y={tick.y + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {tick.label}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text key={`${tick.x}-${tick.label}`} x={tick.x} y={plot.bottom + 18} textAnchor="middle" fontSize={11} fill="currentColor">
            {tick.label}
          </text>
        ))}
        {geometry.beforeLine ? <polyline points={geometry.beforeLine} fill="none" stroke="#1d4ed8" strokeWidth={2} /> : null}
        {geometry.afterLine ? <polyline points={geometry.afterLine} fill="none" stroke="#b45309" strokeWidth={2} strokeDasharray="6 4" /> : null}
        {geometry.points.map((point, index) => (
          <g key={index}>
            {point.before ? <circle cx={point.x} cy={point.before.y} r={3.5} fill="#1d4ed8" /> : null}
            {point.after ? <rect x={point.x - 3.5} y={point.after.y - 3.5} width={7} height={7} fill="#b45309" /> : null}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-4 text-sm text-muted">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-6 bg-[#1d4ed8] align-middle" />
          Before the attempt
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block w-6 border-t-2 border-dashed border-[#b45309] align-middle" />
          After the attempt
        </span>
      </figcaption>
      <details>
        <summary className="cursor-pointer text-sm">Show the figures as a table</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">Confidence before and after each attempt</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">Date</th>
              <th scope="col" className="pr-4 text-right">Before</th>
              <th scope="col" className="text-right">After</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={index}>
                <td className="pr-4">{formatDate(point.date, timeZone)}</td>
                <td className="pr-4 text-right">{point.before ?? "–"}</td>
                <td className="text-right">{point.after ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
