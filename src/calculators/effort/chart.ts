import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import type { EffortResult, EffortSurvey } from './calculate.ts';
import { EFFORT_ANSWERS } from './fields.ts';

/** Each answer's share of a survey's answers, a share 0-1 (all 0 when the survey has none). */
const shares = (s: EffortSurvey): number[] => {
  if (s.status !== 'ok') return EFFORT_ANSWERS.map(() => 0);
  return s.counts.map((c) => c / s.share.responses);
};

/** The effort chart: how answers 1 to 7 spread in each survey, as shares 0-1 of its answers (the chart draws them as percentages); `percent` writes a PERCENT 0-100 value. */
export function effortChart(result: EffortResult, percent: FormatValue): ChartSpec {
  const { previous, current } = result;
  const easy = (s: EffortSurvey) => (s.status === 'ok' ? percent(s.share.score) : 'no answers');
  return {
    id: 'effort-answers',
    title: 'How the answers from 1 to 7 spread in each survey',
    summary: `Answers of 5 to 7 (easy): ${easy(previous)} in the previous survey and ${easy(current)} in the current one.`,
    kind: 'xy',
    categoryTitle: 'Answer',
    categories: EFFORT_ANSWERS.map((a) => `Answer ${a}`),
    unit: 'percent',
    series: [
      { label: 'Previous survey', type: 'bar', values: shares(previous), tone: 1 },
      { label: 'Current survey', type: 'bar', values: shares(current), tone: 0 },
    ],
  };
}
