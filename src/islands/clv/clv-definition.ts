// How the CLV calculator presents its result: headline numbers, the working, the chart and the
// announcement. The math is in src/calculators/clv/; this file only formats it.
import { calculateClv, MAX_RETENTION_PERCENT, type ClvResult } from '../../calculators/clv/calculate.ts';
import { clvChart } from '../../calculators/clv/chart.ts';
import type { CalculatorDefinition, ViewContext } from '../calculator/types.ts';
import { CLV_FORM, type ClvInput } from '../../calculators/clv/fields.ts';

type View = ViewContext<ClvInput, ClvResult>;

/** "3.2 to 1", or words when there is no ratio. */
function ratio({ input, result, fmt }: View): string {
  if (result.clvToCac !== null) return `${fmt.number(result.clvToCac, 1)} to 1`;
  return input.acquisitionCost === 0 ? 'no acquisition cost to compare' : 'too large to show';
}

/** Months to recover CAC in words. */
function recovery({ input, result, fmt }: View): string {
  if (result.monthsToRecoverCac === null)
    return input.acquisitionCost > 0 && result.marginPerYear === 0 ? 'never: there is no margin' : 'too long to show';
  if (input.acquisitionCost === 0) return '0 months: nothing to recover';
  return fmt.count(result.monthsToRecoverCac, 'month');
}

/**
 * Why the months to recover CAC and the chart's "covers the acquisition cost in year N" differ
 * (docs/methods/clv.md): the months spread undiscounted margin evenly over the year and ignore
 * customers who leave; the chart counts discounted margin, weighted by retention, at year ends.
 */
function recoveryNote({ input, result }: View): string | undefined {
  if (result.monthsToRecoverCac === null || input.acquisitionCost === 0) return undefined;
  const crossing = result.years.find((y) => y.cumulative >= input.acquisitionCost);
  const chart = crossing
    ? `so it covers CAC in year ${crossing.year}`
    : `so it does not cover CAC within ${input.horizon} year${input.horizon === 1 ? '' : 's'}`;
  return `Undiscounted margin spread evenly over the months, as if the customer stays; the chart counts discounted margin of customers who stay, at each year’s end, ${chart}.`;
}

/** The CLV calculator's definition for the shared calculator island. */
export const clvDefinition: CalculatorDefinition<ClvInput, ClvResult> = {
  id: 'clv',
  form: CLV_FORM,
  calculate: calculateClv,
  groups: [
    { legend: 'What a customer brings', keys: ['orderValue', 'ordersPerYear', 'margin', 'retention'] },
    { legend: 'Money over time', keys: ['discountRate', 'acquisitionCost', 'horizon'] },
    { legend: 'What if retention rose?', keys: ['retentionWhatIf'] },
  ],
  results: (view) => {
    const { input, result, fmt } = view;
    const w = result.whatIf;
    const recoverNote = recoveryNote(view);
    return [
      {
        id: 'clv',
        label: 'CLV over all future years',
        value: fmt.money(result.clv),
        emphasis: true,
        csv: result.clv,
        unit: 'money',
        note: `Margin per year / (1 + discount rate − retention)`,
      },
      {
        id: 'clv-horizon',
        label: `CLV over ${fmt.count(input.horizon, 'year', 0)}`,
        value: fmt.money(result.clvHorizon),
        csv: result.clvHorizon,
        unit: 'money',
      },
      { id: 'clv-to-cac', label: 'CLV to CAC', value: ratio(view), csv: result.clvToCac ?? '', unit: 'ratio' },
      { id: 'clv-minus-cac', label: 'CLV minus CAC', value: fmt.money(result.clvMinusCac), csv: result.clvMinusCac, unit: 'money' },
      {
        id: 'months-to-recover',
        label: 'Months to recover CAC',
        value: recovery(view),
        csv: result.monthsToRecoverCac ?? '',
        unit: 'months',
        ...(recoverNote ? { note: recoverNote } : {}),
      },
      {
        id: 'margin-per-year',
        label: 'Margin per customer per year',
        value: fmt.money(result.marginPerYear),
        csv: result.marginPerYear,
        unit: 'money',
      },
      {
        id: 'lifetime',
        label: 'Expected customer lifetime',
        value: fmt.count(result.expectedLifetimeYears, 'year'),
        csv: result.expectedLifetimeYears,
        unit: 'years',
      },
      {
        id: 'what-if',
        label: `CLV at ${fmt.percent(w.retention)} retention`,
        value: fmt.money(w.clv),
        csv: w.clv,
        unit: 'money',
        note:
          `${w.gain >= 0 ? '+' : '−'}${fmt.money(Math.abs(w.gain))} (${fmt.share(result.clv > 0 ? w.gain / result.clv : 0)})` +
          (w.capped ? `; retention is capped at ${MAX_RETENTION_PERCENT}%` : ''),
      },
    ];
  },
  working: () => import('./clv-working.ts').then((m) => m.clvWorking),
  charts: ({ input, result, fmt }) => [clvChart(input, result, fmt.money)],
  summary: (view) =>
    `CLV over all future years ${view.fmt.money(view.result.clv)}. CLV to CAC ${ratio(view)}. Months to recover CAC: ${recovery(view)}.`,
};
