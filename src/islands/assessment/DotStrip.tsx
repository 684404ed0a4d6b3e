// One dimension's positions as a strip from 0 to 100: a dot per person (anonymous: no names, no
// order of pasting), people with nearly the same score stacked so none hides another, and the
// team's mean marked by a diamond and a dashed line. Plain SVG in percentages, so it is crisp at
// any width and prints as drawn; loaded with import() when the discussion comes into view (like
// the radar), and the figures are also in words beside it and in the summary table.
import { stackDots } from '../../calculators/assessment/workshop.ts';

interface Props {
  /** Each counted person's score, points 0-100. */
  scores: readonly number[];
  /** The team's mean, points 0-100; null when nobody's score holds. */
  mean: number | null;
  /** The accessible name of the picture: the same figures in words. */
  label: string;
  /** Smaller rows, for the printed summary. */
  compact?: boolean;
  /** The word beside the mean's mark. */
  meanWord?: string;
}

const pct = (x: number) => `${x}%`;

export function DotStrip({ scores, mean, label, compact = false, meanWord = '' }: Props) {
  const dots = stackDots(scores);
  const rows = Math.max(1, ...dots.map((d) => d.row + 1));
  const step = compact ? 10 : 16;
  const r = compact ? 4.5 : 7;
  const top = compact ? 6 : 34;
  const axis = top + rows * step + (compact ? 2 : 6);
  const height = axis + (compact ? 4 : 22);
  const dotY = (row: number) => axis - (compact ? 6 : 10) - row * step;
  return (
    <svg className={compact ? 'ws-strip is-compact' : 'ws-strip'} width="100%" height={height} role="img" aria-label={label}>
      <svg x="3%" width="94%" height={height} overflow="visible" aria-hidden="true">
        <line className="ws-axis" x1="0%" x2="100%" y1={axis} y2={axis} />
        {[0, 25, 50, 75, 100].map((t) => (
          <g key={t}>
            <line className="ws-tick" x1={pct(t)} x2={pct(t)} y1={axis - 4} y2={axis + 4} />
            {!compact && (
              <text className="ws-tick-label" x={pct(t)} y={axis + 18} textAnchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}>
                {t}
              </text>
            )}
          </g>
        ))}
        {mean !== null && (
          <g className="ws-mean">
            <line x1={pct(mean)} x2={pct(mean)} y1={top - (compact ? 4 : 10)} y2={axis} />
            <svg x={pct(mean)} y={top - (compact ? 4 : 10)} width="1" height="1" overflow="visible" aria-hidden="true">
              <polygon points={compact ? '0,-4 4,0 0,4 -4,0' : '0,-7 7,0 0,7 -7,0'} />
            </svg>
            {!compact && (
              <text className="ws-mean-label" x={pct(mean)} y={top - 20} textAnchor={mean < 12 ? 'start' : mean > 88 ? 'end' : 'middle'}>
                {meanWord}
              </text>
            )}
          </g>
        )}
        {dots.map((d, i) => (
          <circle key={i} className="ws-dot" cx={pct(d.x)} cy={dotY(d.row)} r={r} />
        ))}
      </svg>
    </svg>
  );
}
