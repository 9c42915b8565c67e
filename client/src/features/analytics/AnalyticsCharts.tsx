/**
 * Small hand-written SVG charts for the analytics dashboard (no chart library): a line chart of a
 * time series and horizontal bars for a breakdown. Each carries a text alternative.
 */

export interface LinePoint {
  label: string;
  values: number[];
}

const W = 600;
const H = 200;
const PAD = 24;

/** The polyline `points` of one series, scaled into the chart box (pure, exported for tests). */
export function linePoints(values: number[], max: number): string {
  if (values.length === 0) return '';
  const step = values.length > 1 ? (W - 2 * PAD) / (values.length - 1) : 0;
  const scale = max > 0 ? (H - 2 * PAD) / max : 0;
  return values.map((v, i) => `${(PAD + i * step).toFixed(1)},${(H - PAD - v * scale).toFixed(1)}`).join(' ');
}

/** A line chart: one line per entry of `series` (class names style them), over `points`. */
export function LineChart({
  title,
  points,
  series,
}: {
  title: string;
  points: LinePoint[];
  series: { name: string; className: string }[];
}) {
  const max = Math.max(1, ...points.flatMap((p) => p.values));
  const first = points[0]?.label ?? '';
  const last = points[points.length - 1]?.label ?? '';
  return (
    <figure>
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <title>{title}</title>
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke="#94a3b8" />
        <text x={PAD} y={PAD - 8} fontSize="11">
          {max}
        </text>
        <text x={PAD} y={H - 6} fontSize="11">
          {first}
        </text>
        <text x={W - PAD} y={H - 6} fontSize="11" textAnchor="end">
          {last}
        </text>
        {series.map((s, i) => (
          <polyline
            key={s.name}
            className={s.className}
            points={linePoints(
              points.map((p) => p.values[i] ?? 0),
              max,
            )}
          />
        ))}
      </svg>
      <figcaption>
        {series.map((s) => (
          <span key={s.name} className={`legend ${s.className}`}>
            {s.name}{' '}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Horizontal bars, one per entry, with the figure written next to each. */
export function BarList({ title, entries }: { title: string; entries: { key: string; value: number }[] }) {
  const max = Math.max(1, ...entries.map((e) => e.value));
  const rowH = 22;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${Math.max(rowH, entries.length * rowH)}`}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      {entries.map((e, i) => (
        <g key={e.key} transform={`translate(0 ${i * rowH})`}>
          <text x={0} y={15} fontSize="12">
            {e.key}
          </text>
          <rect className="bar" x={160} y={4} height={14} width={((W - 240) * e.value) / max} />
          <text x={W} y={15} fontSize="12" textAnchor="end">
            {e.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
