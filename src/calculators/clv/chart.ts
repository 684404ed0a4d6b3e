import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import type { ClvResult } from './calculate.ts';
import type { ClvInput } from './fields.ts';

/** The CLV chart: discounted margin per year (bars), the running CLV (line) and CAC (dashed line), money. */
export function clvChart(input: ClvInput, result: ClvResult, money: FormatValue): ChartSpec {
  const cac = input.acquisitionCost;
  const crossing = result.years.find((y) => y.cumulative >= cac);
  const years = `${input.horizon} year${input.horizon === 1 ? '' : 's'}`;
  return {
    id: 'clv-build-up',
    title: `CLV built up over ${years}, against the acquisition cost`,
    summary:
      `Cumulative CLV reaches ${money(result.clvHorizon)} after ${years}; ` +
      (crossing
        ? `it covers the acquisition cost of ${money(cac)} in year ${crossing.year}.`
        : `it does not cover the acquisition cost of ${money(cac)} within that time.`),
    kind: 'xy',
    categoryTitle: 'Year',
    categories: result.years.map((y) => `Year ${y.year}`),
    unit: 'money',
    series: [
      { label: 'Discounted margin in the year', type: 'bar', values: result.years.map((y) => y.discountedMargin), tone: 1 },
      { label: 'Cumulative CLV', type: 'line', values: result.years.map((y) => y.cumulative), tone: 0 },
      { label: 'Acquisition cost (CAC)', type: 'line', values: result.years.map(() => cac), tone: 2, dashed: true },
    ],
  };
}
