import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import { fillWords } from '../shared/words.ts';
import type { EffortResult, EffortSurvey } from './calculate.ts';
import { EFFORT_ANSWERS } from './fields.ts';
import type { EffortWords } from './words.ts';

/** Each answer's share of a survey's answers, a share 0-1 (all 0 when the survey has none). */
const shares = (s: EffortSurvey): number[] => {
  if (s.status !== 'ok') return EFFORT_ANSWERS.map(() => 0);
  return s.counts.map((c) => c / s.share.responses);
};

/**
 * The effort chart in a language's words (`tools.effort.*` of the page's strings): how answers 1 to
 * 7 spread in each survey, as shares 0-1 of its answers (the chart draws them as percentages);
 * `percent` writes a PERCENT 0-100 value.
 */
export function effortChartIn(w: EffortWords, result: EffortResult, percent: FormatValue): ChartSpec {
  const { previous, current } = result;
  const easy = (s: EffortSurvey) => (s.status === 'ok' ? percent(s.share.score) : w.chartNoAnswers);
  return {
    id: 'effort-answers',
    title: w.chartTitle,
    summary: fillWords(w.chartSummary, { previous: easy(previous), current: easy(current) }),
    kind: 'xy',
    categoryTitle: w.chartAxis,
    categories: EFFORT_ANSWERS.map((a) => fillWords(w.chartAnswer, { answer: a })),
    unit: 'percent',
    series: [
      { label: w.previousName, type: 'bar', values: shares(previous), tone: 1 },
      { label: w.currentName, type: 'bar', values: shares(current), tone: 0 },
    ],
  };
}
