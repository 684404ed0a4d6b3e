import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import { fillWords } from '../shared/words.ts';
import type { ChurnResult } from './calculate.ts';
import type { ChurnInput } from './fields.ts';
import type { ChurnWords } from './words.ts';

/**
 * The churn chart in a language's words (`tools.churn.*` of the page's strings): margin lost each
 * year (not discounted) at today's churn and with the reader's cut, money.
 */
export function churnChartIn(w: ChurnWords, input: ChurnInput, result: ChurnResult, money: FormatValue, percent: FormatValue): ChartSpec {
  const cut = result.cuts[3];
  const years = fillWords(input.horizon === 1 ? w.year : w.years, { count: input.horizon });
  const last = result.years[result.years.length - 1]!;
  return {
    id: 'churn-margin-lost',
    title: fillWords(w.chartTitle, { years, churn: percent(cut.churn) }),
    summary: fillWords(w.chartSummary, {
      churn: percent(input.churn),
      year: last.year,
      lost: money(last.marginLost),
      cut: percent(cut.churn),
      lostWithCut: money(last.marginLostWithCut),
    }),
    kind: 'xy',
    categoryTitle: w.chartYearAxis,
    categories: result.years.map((y) => fillWords(w.chartYear, { year: y.year })),
    unit: 'money',
    series: [
      {
        label: fillWords(w.chartSeries, { churn: percent(input.churn) }),
        type: 'bar',
        values: result.years.map((y) => y.marginLost),
        tone: 1,
      },
      {
        label: fillWords(w.chartSeries, { churn: percent(cut.churn) }),
        type: 'bar',
        values: result.years.map((y) => y.marginLostWithCut),
        tone: 0,
      },
    ],
  };
}
