// The trend chart as data (a shared ChartSpec): per period, a score and the two ends of its 95%
// interval as three lines, the ends dashed, so the band between them is the interval, as the NPS
// tool draws its surveys (nps/chart.ts).
import type { ChartSpec } from '../shared/chart-spec.ts';
import type { GroupScores } from './results.ts';

/** The score a trend chart follows. */
export type TrendMeasure = 'nps' | 'csat' | 'ces';

const NAMES: Record<TrendMeasure, { title: string; unit: string }> = {
  nps: { title: 'NPS', unit: 'points' },
  csat: { title: 'CSAT', unit: '%' },
  ces: { title: 'CES (% answering 5-7)', unit: '%' },
};

/** Up to this many periods, the summary reads each out; above it, the first, last, lowest and highest. */
export const SPOKEN_POINTS = 6;

const estimate = (g: GroupScores, m: TrendMeasure) => (m === 'nps' ? g.nps : m === 'csat' ? g.csat : g.cesShare);

/** The trend of `measure` over the periods (in time order) named by `periodName` ("month"); periods without an answer are left out. */
export function trendSpec(
  groups: readonly GroupScores[],
  measure: TrendMeasure,
  periodName: string,
  format: (x: number) => string,
): ChartSpec {
  const points = groups.flatMap((g) => {
    const e = estimate(g, measure);
    return e ? [{ name: g.name, e }] : [];
  });
  const { title, unit } = NAMES[measure];
  const say = ({ name, e }: (typeof points)[number]) =>
    `${name}: ${format(e.score)} ${unit} (95% interval ${format(e.low)} to ${format(e.high)})`;
  let summary = 'No period has answers yet, so there is nothing to plot.';
  if (points.length > 0 && points.length <= SPOKEN_POINTS) summary = points.map(say).join('; ') + '.';
  else if (points.length > SPOKEN_POINTS) {
    // Read aloud, every week of a year is too long: the first, the last, the lowest and the highest.
    const by = (better: (a: number, b: number) => boolean) => points.reduce((x, y) => (better(y.e.score, x.e.score) ? y : x));
    summary =
      `${points.length} periods from ${points[0]!.name} to ${points.at(-1)!.name}. First ${say(points[0]!)}; last ${say(points.at(-1)!)}; ` +
      `lowest ${say(by((a, b) => a < b))}; highest ${say(by((a, b) => a > b))}. The table has every period.`;
  }
  return {
    id: `survey-trend-${measure}`,
    title: `${title} by ${periodName} with its 95% interval`,
    summary,
    kind: 'xy',
    categoryTitle: periodName[0]!.toUpperCase() + periodName.slice(1),
    categories: points.map((p) => p.name),
    unit: 'count',
    series: [
      { label: 'Lower end of the 95% interval', type: 'line', values: points.map((p) => p.e.low), tone: 2, dashed: true },
      { label: title, type: 'line', values: points.map((p) => p.e.score), tone: 0 },
      { label: 'Upper end of the 95% interval', type: 'line', values: points.map((p) => p.e.high), tone: 2, dashed: true },
    ],
  };
}
