// "Show the working" for the CLV calculator: each formula with the reader's numbers. Loaded
// when the reader opens it (or prints), so the page's first download leaves it out; the page
// renders it for the defaults at build time for readers without JavaScript.
import type { ClvResult } from '../../calculators/clv/calculate.ts';
import type { ClvInput } from '../../calculators/clv/fields.ts';
import type { ViewContext, WorkingStep } from '../calculator/types.ts';

/** The working, one step per formula. */
export function clvWorking({ input, result, fmt }: ViewContext<ClvInput, ClvResult>): WorkingStep[] {
  const m = fmt.money(result.marginPerYear);
  const r = fmt.percent(input.retention);
  const d = fmt.percent(input.discountRate);
  const cac = fmt.unit(input.acquisitionCost, 'money');
  return [
    {
      label: 'Margin per customer per year',
      formula: 'm = average order value × orders per year × gross margin',
      substituted: `${fmt.unit(input.orderValue, 'money')} × ${fmt.number(input.ordersPerYear, 4)} × ${fmt.percent(input.margin)}`,
      result: m,
    },
    {
      label: 'Expected customer lifetime',
      formula: 'lifetime = 1 / (1 − r)',
      substituted: `1 / (1 − ${r})`,
      result: fmt.count(result.expectedLifetimeYears, 'year', 2),
    },
    {
      label: 'CLV over all future years',
      formula: 'CLV = m / (1 + d − r)',
      substituted: `${m} / (1 + ${d} − ${r})`,
      result: fmt.money(result.clv),
    },
    {
      label: `CLV over ${fmt.count(input.horizon, 'year', 0)}`,
      formula: 'CLV(H) = sum for t = 1 to H of m × r^(t−1) / (1 + d)^t',
      substituted: `sum for t = 1 to ${input.horizon} of ${m} × ${r}^(t−1) / (1 + ${d})^t`,
      result: fmt.money(result.clvHorizon),
    },
    {
      label: 'CLV to CAC',
      formula: 'CLV / CAC',
      substituted: `${fmt.money(result.clv)} / ${cac}`,
      result: result.clvToCac === null ? 'no ratio: CAC is 0' : `${fmt.number(result.clvToCac, 2)} to 1`,
    },
    {
      label: 'CLV minus CAC',
      formula: 'CLV − CAC',
      substituted: `${fmt.money(result.clv)} − ${cac}`,
      result: fmt.money(result.clvMinusCac),
    },
    {
      label: 'Months to recover CAC',
      formula: 'CAC / (m / 12)',
      substituted: `${cac} / (${m} / 12)`,
      result: result.monthsToRecoverCac === null ? 'never: no margin to recover it from' : fmt.count(result.monthsToRecoverCac, 'month', 2),
    },
    {
      label: 'What-if CLV',
      formula: 'r′ = min(r + points, 99%); CLV′ = m / (1 + d − r′)',
      substituted: `r′ = min(${r} + ${fmt.unit(input.retentionWhatIf, 'points')}, 99%) = ${fmt.percent(result.whatIf.retention)}; ${m} / (1 + ${d} − ${fmt.percent(result.whatIf.retention)})`,
      result: fmt.money(result.whatIf.clv),
    },
  ];
}
