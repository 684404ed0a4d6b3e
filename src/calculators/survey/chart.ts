// The trend chart as data (a shared ChartSpec): per period, a score and the two ends of its 95%
// interval as three lines, the ends dashed, so the band between them is the interval, as the NPS
// tool draws its surveys (nps/chart.ts).
import type { ChartSpec } from '../shared/chart-spec.ts';
import { fillWords } from '../shared/words.ts';
import type { GroupScores } from './results.ts';
import { SURVEY_WORDS, type SurveyWords } from './words.ts';

/** The score a trend chart follows. */
export type TrendMeasure = 'nps' | 'csat' | 'ces';

/** The trend chart's words (`survey.trend*`). */
export type TrendWords = Pick<
  SurveyWords,
  'trendNps' | 'trendCsat' | 'trendCes' | 'trendPoints' | 'trendTitle' | 'trendPoint' | 'trendNone' | 'trendMany' | 'trendLow' | 'trendHigh'
>;

/** Up to this many periods, the summary reads each out; above it, the first, last, lowest and highest. */
export const SPOKEN_POINTS = 6;

const estimate = (g: GroupScores, m: TrendMeasure) => (m === 'nps' ? g.nps : m === 'csat' ? g.csat : g.cesShare);

/**
 * The trend of `measure` over the periods (in time order) named by `periodName` ("month"), in
 * `words`; periods without an answer are left out.
 */
export function trendSpecIn(
  groups: readonly GroupScores[],
  measure: TrendMeasure,
  periodName: string,
  format: (x: number) => string,
  words: TrendWords,
): ChartSpec {
  const points = groups.flatMap((g) => {
    const e = estimate(g, measure);
    return e ? [{ name: g.name, e }] : [];
  });
  const title = measure === 'nps' ? words.trendNps : measure === 'csat' ? words.trendCsat : words.trendCes;
  const unit = measure === 'nps' ? words.trendPoints : '%';
  const say = ({ name, e }: (typeof points)[number]) =>
    fillWords(words.trendPoint, { name, score: format(e.score), unit, low: format(e.low), high: format(e.high) });
  let summary = words.trendNone;
  if (points.length > 0 && points.length <= SPOKEN_POINTS) summary = points.map(say).join('; ') + '.';
  else if (points.length > SPOKEN_POINTS) {
    // Read aloud, every week of a year is too long: the first, the last, the lowest and the highest.
    const by = (better: (a: number, b: number) => boolean) => points.reduce((x, y) => (better(y.e.score, x.e.score) ? y : x));
    summary = fillWords(words.trendMany, {
      count: points.length,
      first: points[0]!.name,
      last: points.at(-1)!.name,
      firstPoint: say(points[0]!),
      lastPoint: say(points.at(-1)!),
      lowest: say(by((a, b) => a < b)),
      highest: say(by((a, b) => a > b)),
    });
  }
  return {
    id: `survey-trend-${measure}`,
    title: fillWords(words.trendTitle, { measure: title, period: periodName }),
    summary,
    kind: 'xy',
    categoryTitle: periodName[0]!.toUpperCase() + periodName.slice(1),
    categories: points.map((p) => p.name),
    unit: 'count',
    series: [
      { label: words.trendLow, type: 'line', values: points.map((p) => p.e.low), tone: 2, dashed: true },
      { label: title, type: 'line', values: points.map((p) => p.e.score), tone: 0 },
      { label: words.trendHigh, type: 'line', values: points.map((p) => p.e.high), tone: 2, dashed: true },
    ],
  };
}

/** The trend chart in the default language. */
export const trendSpec = (groups: readonly GroupScores[], measure: TrendMeasure, periodName: string, format: (x: number) => string) =>
  trendSpecIn(groups, measure, periodName, format, SURVEY_WORDS);
