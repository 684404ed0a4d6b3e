// The trend drawn: the overall score large, then one small chart per dimension, each a line
// through your saved results (circles) and team workshops (squares, the team's mean), broken
// where a score was missing. Plain SVG (lines in a stretched 100 x 100 box with strokes that keep
// their width, markers placed in percentages so they stay round); loaded with import() when the
// history comes into view. The table beside it has every figure.
import { trendGeometry, type TrendPoint, type TrendSeries } from '../../calculators/assessment/trend.ts';

interface Props {
  points: readonly TrendPoint[];
  series: readonly TrendSeries[];
  /** Short date labels, one per point. */
  labels: readonly string[];
}

const LEFT = 10; // % of the width kept for the score labels
const WIDTH = 86; // % of the width the plot takes

function Lines({
  values,
  points,
  height,
  labels,
}: {
  values: (number | null)[];
  points: readonly TrendPoint[];
  height: number;
  labels?: readonly string[] | undefined;
}) {
  const top = 8;
  const plot = height - top - (labels ? 26 : 8);
  const g = trendGeometry(values);
  const ys = [0, 50, 100];
  const shown = labels ? (labels.length <= 4 ? labels.map((_, i) => i) : [0, labels.length - 1]) : [];
  const xPct = (i: number) => LEFT + (WIDTH * (points.length === 1 ? 50 : (i / (points.length - 1)) * 100)) / 100;
  return (
    <svg className="tr-chart" width="100%" height={height} aria-hidden="true">
      {ys.map((v) => (
        <text key={v} className="tr-axis" x={`${LEFT - 1.5}%`} y={top + (plot * (100 - v)) / 100 + 4} textAnchor="end">
          {v}
        </text>
      ))}
      <svg x={`${LEFT}%`} y={top} width={`${WIDTH}%`} height={plot} viewBox="0 0 100 100" preserveAspectRatio="none" overflow="visible">
        {ys.map((v) => (
          <line key={v} className="tr-grid" x1="0" x2="100" y1={100 - v} y2={100 - v} vectorEffect="non-scaling-stroke" />
        ))}
        {g.segments.map((s) => (
          <polyline key={s} className="tr-line" points={s} vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <svg x={`${LEFT}%`} y={top} width={`${WIDTH}%`} height={plot} overflow="visible">
        {g.points.map((p) => (
          <svg key={p.index} x={`${p.x}%`} y={`${p.y}%`} width="1" height="1" overflow="visible">
            {points[p.index]!.kind === 'session' ? (
              <rect className="tr-mark is-session" x="-5" y="-5" width="10" height="10" />
            ) : (
              <circle className="tr-mark" r="5" />
            )}
          </svg>
        ))}
      </svg>
      {shown.map((i) => (
        <text
          key={i}
          className={i === 0 || i === points.length - 1 ? 'tr-axis' : 'tr-axis tr-middle'}
          x={`${xPct(i)}%`}
          y={height - 6}
          textAnchor={points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle'}
        >
          {labels![i]}
        </text>
      ))}
    </svg>
  );
}

export function TrendChart({ points, series, labels }: Props) {
  const [overall, ...dimensions] = series;
  return (
    <div className="tr-figure" data-testid="trend-chart">
      <p className="tr-title">{overall!.title}</p>
      <Lines values={overall!.values} points={points} height={190} labels={labels} />
      <ul className="tr-multiples">
        {dimensions.map((s) => (
          <li key={s.id}>
            <p className="tr-title">{s.title}</p>
            <Lines values={s.values} points={points} height={78} />
          </li>
        ))}
      </ul>
    </div>
  );
}
