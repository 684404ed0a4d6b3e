// "Show the working" for the cost-of-churn calculator: each formula with the reader's numbers.
// Loaded when the reader opens it (or prints); the page renders it for the defaults at build time
// for readers without JavaScript.
import type { ChurnResult } from '../../calculators/churn/calculate.ts';
import type { ChurnInput } from '../../calculators/churn/fields.ts';
import type { ViewContext, WorkingStep } from '../calculator/types.ts';

/** The working, one step per formula. */
export function churnWorking({ input, result, fmt }: ViewContext<ChurnInput, ChurnResult>): WorkingStep[] {
  const n = fmt.number(input.customers, 1);
  const c = fmt.percent(input.churn);
  const m = fmt.money(result.marginPerCustomer);
  const d = fmt.percent(input.discountRate);
  const h = input.horizon;
  const lost = fmt.number(result.customersLostPerYear, 1);
  const own = result.cuts[3];
  return [
    {
      label: 'Margin per customer per year',
      formula: 'm = revenue per customer × gross margin',
      substituted: `${fmt.unit(input.revenuePerCustomer, 'money')} × ${fmt.percent(input.margin)}`,
      result: m,
    },
    { label: 'Customers lost per year', formula: 'L = N × c', substituted: `${n} × ${c}`, result: lost },
    {
      label: 'Revenue and margin lost per year',
      formula: 'L × revenue per customer; L × m',
      substituted: `${lost} × ${fmt.unit(input.revenuePerCustomer, 'money')}; ${lost} × ${m}`,
      result: `${fmt.money(result.revenueLostPerYear)}; ${fmt.money(result.marginLostPerYear)}`,
    },
    {
      label: 'Acquisition spend to stand still',
      formula: 'L × CAC a year; over H years: sum for t = 1 to H of L × CAC / (1 + d)^t',
      substituted: `${lost} × ${fmt.unit(input.replacementCost, 'money')}; sum for t = 1 to ${h} of ${fmt.money(result.standStillSpendPerYear)} / (1 + ${d})^t`,
      result: `${fmt.money(result.standStillSpendPerYear)} a year; ${fmt.money(result.standStillSpendHorizon)}`,
    },
    {
      label: `Margin lost over ${fmt.count(h, 'year', 0)}`,
      formula: 'sum for t = 1 to H of N × (1 − r^(t−1)) × m / (1 + d)^t, with r = 1 − c',
      substituted: `sum for t = 1 to ${h} of ${n} × (1 − ${fmt.percent(100 - input.churn)}^(t−1)) × ${m} / (1 + ${d})^t`,
      result: fmt.money(result.marginLostHorizon),
    },
    {
      label: `Revenue lost over ${fmt.count(h, 'year', 0)}`,
      formula: 'the same sum with revenue per customer in place of m',
      substituted: `sum for t = 1 to ${h} of ${n} × (1 − ${fmt.percent(100 - input.churn)}^(t−1)) × ${fmt.unit(input.revenuePerCustomer, 'money')} / (1 + ${d})^t`,
      result: fmt.money(result.revenueLostHorizon),
    },
    {
      label: 'Margin one kept customer brings',
      formula: 'sum for t = 1 to H of m × r^(t−1) / (1 + d)^t',
      substituted: `sum for t = 1 to ${h} of ${m} × ${fmt.percent(100 - input.churn)}^(t−1) / (1 + ${d})^t`,
      result: fmt.money(result.valueOfOneKept),
    },
    {
      label: `Worth of cutting churn by ${fmt.unit(input.churnCut, 'points')}`,
      formula: 'c′ = max(c − points, 0%); margin lost at c − margin lost at c′',
      substituted: `c′ = max(${c} − ${fmt.unit(input.churnCut, 'points')}, 0%) = ${fmt.percent(own.churn)}`,
      result: fmt.money(own.value),
    },
  ];
}
