import { fillWords } from '../shared/words.ts';
import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import type { ClvResult } from './calculate.ts';
import type { ClvInput } from './fields.ts';
import { CLV_WORDS, type ClvWords } from './words.ts';

/**
 * The CLV chart in a language's words (`tools.clv.*` of the page's strings): discounted margin per
 * year (bars), the running CLV (line) and CAC (dashed line), money.
 */
export function clvChartIn(words: ClvWords, input: ClvInput, result: ClvResult, money: FormatValue): ChartSpec {
  const cac = input.acquisitionCost;
  const crossing = result.years.find((y) => y.cumulative >= cac);
  const years = fillWords(input.horizon === 1 ? words.year : words.years, { count: input.horizon });
  const values = { clv: money(result.clvHorizon), years, cac: money(cac) };
  return {
    id: 'clv-build-up',
    title: fillWords(words.chartTitle, { years }),
    summary: crossing ? fillWords(words.chartCovers, { ...values, year: crossing.year }) : fillWords(words.chartNotCovered, values),
    kind: 'xy',
    categoryTitle: words.chartYearAxis,
    categories: result.years.map((y) => fillWords(words.chartYear, { year: y.year })),
    unit: 'money',
    series: [
      { label: words.chartMargin, type: 'bar', values: result.years.map((y) => y.discountedMargin), tone: 1 },
      { label: words.chartCumulative, type: 'line', values: result.years.map((y) => y.cumulative), tone: 0 },
      { label: words.chartCac, type: 'line', values: result.years.map(() => cac), tone: 2, dashed: true },
    ],
  };
}

/** The CLV chart in the default language's words. */
export function clvChart(input: ClvInput, result: ClvResult, money: FormatValue): ChartSpec {
  return clvChartIn(CLV_WORDS, input, result, money);
}
