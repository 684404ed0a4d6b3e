import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import type { ChurnResult } from './calculate.ts';
import type { ChurnInput } from './fields.ts';

/** The churn chart: margin lost each year (not discounted) at today's churn and with the reader's cut, money. */
export function churnChart(input: ChurnInput, result: ChurnResult, money: FormatValue, percent: FormatValue): ChartSpec {
  const cut = result.cuts[3];
  const years = `${input.horizon} year${input.horizon === 1 ? '' : 's'}`;
  const last = result.years[result.years.length - 1]!;
  return {
    id: 'churn-margin-lost',
    title: `Margin lost each year over ${years}, at today’s churn and with churn cut to ${percent(cut.churn)}`,
    summary:
      `At ${percent(input.churn)} churn, with no customers replaced, the margin lost in year ${last.year} is ${money(last.marginLost)}; ` +
      `at ${percent(cut.churn)} churn it is ${money(last.marginLostWithCut)}. Amounts are not discounted.`,
    kind: 'xy',
    categoryTitle: 'Year',
    categories: result.years.map((y) => `Year ${y.year}`),
    unit: 'money',
    series: [
      { label: `Margin lost at ${percent(input.churn)} churn`, type: 'bar', values: result.years.map((y) => y.marginLost), tone: 1 },
      { label: `Margin lost at ${percent(cut.churn)} churn`, type: 'bar', values: result.years.map((y) => y.marginLostWithCut), tone: 0 },
    ],
  };
}
