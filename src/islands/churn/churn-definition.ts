// How the cost-of-churn calculator presents its result: headline numbers, the chart and the
// announcement. The math is in src/calculators/churn/; this file only formats it.
import { calculateChurn, type ChurnCut, type ChurnResult } from '../../calculators/churn/calculate.ts';
import { churnChart } from '../../calculators/churn/chart.ts';
import { CHURN_FORM, type ChurnInput } from '../../calculators/churn/fields.ts';
import type { CalculatorDefinition, ResultItem, ViewContext } from '../calculator/types.ts';

type View = ViewContext<ChurnInput, ChurnResult>;

/** "over 5 years" */
const over = (view: View) => `over ${view.fmt.count(view.input.horizon, 'year', 0)}`;

/** One churn cut as a result line: its value, and a note with the churn it reaches and whether it was capped. */
function cutItem({ fmt }: View, cut: ChurnCut, id: string, label: string, emphasis = false): ResultItem {
  const note =
    `Churn ${fmt.percent(cut.churn + cut.applied)} → ${fmt.percent(cut.churn)}; ${fmt.count(cut.customersKept, 'customer')} kept in the first year` +
    (cut.capped ? `; capped at ${fmt.unit(cut.applied, 'points')}, since churn cannot fall below 0%` : '');
  return { id, label, value: fmt.money(cut.value), csv: cut.value, unit: 'money', note, ...(emphasis ? { emphasis } : {}) };
}

/** The cost-of-churn calculator's definition for the shared calculator island. */
export const churnDefinition: CalculatorDefinition<ChurnInput, ChurnResult> = {
  id: 'churn',
  form: CHURN_FORM,
  calculate: calculateChurn,
  groups: [
    { legend: 'Your customer base today', keys: ['customers', 'churn', 'revenuePerCustomer', 'margin', 'replacementCost'] },
    { legend: 'Money over time', keys: ['horizon', 'discountRate'] },
    { legend: 'What if churn fell?', keys: ['churnCut'] },
  ],
  results: (view) => {
    const { input, result, fmt } = view;
    const [one, two, five, own] = result.cuts;
    return [
      {
        id: 'margin-lost-horizon',
        label: `Margin lost ${over(view)}`,
        value: fmt.money(result.marginLostHorizon),
        emphasis: true,
        csv: result.marginLostHorizon,
        unit: 'money',
        note: `Today’s customers, none replaced, in today’s money at ${fmt.percent(input.discountRate)} a year`,
      },
      cutItem(view, own, 'cut-own', `Worth of cutting churn by ${fmt.unit(input.churnCut, 'points')}`, true),
      {
        id: 'customers-lost',
        label: 'Customers lost per year',
        value: fmt.number(result.customersLostPerYear, 1),
        csv: result.customersLostPerYear,
        unit: { count: 'customers' },
        note: `${fmt.percent(input.churn)} of ${fmt.number(input.customers, 1)}`,
      },
      {
        id: 'revenue-lost-year',
        label: 'Revenue lost per year',
        value: fmt.money(result.revenueLostPerYear),
        csv: result.revenueLostPerYear,
        unit: 'money',
        note: 'A year’s revenue from the customers who leave in a year',
      },
      {
        id: 'margin-lost-year',
        label: 'Margin lost per year',
        value: fmt.money(result.marginLostPerYear),
        csv: result.marginLostPerYear,
        unit: 'money',
      },
      {
        id: 'stand-still',
        label: 'Acquisition spend to stand still each year',
        value: fmt.money(result.standStillSpendPerYear),
        csv: result.standStillSpendPerYear,
        unit: 'money',
        note: `Replacing every customer who leaves; ${fmt.money(result.standStillSpendHorizon)} ${over(view)} in today’s money`,
      },
      {
        id: 'revenue-lost-horizon',
        label: `Revenue lost ${over(view)}`,
        value: fmt.money(result.revenueLostHorizon),
        csv: result.revenueLostHorizon,
        unit: 'money',
        note: 'Today’s customers, none replaced, in today’s money',
      },
      {
        id: 'value-of-one-kept',
        label: 'Margin one kept customer brings',
        value: fmt.money(result.valueOfOneKept),
        csv: result.valueOfOneKept,
        unit: 'money',
        note: `${over(view)}, valued when they would have left: the CLV tool’s horizon CLV`,
      },
      cutItem(view, one, 'cut-1', 'Worth of cutting churn by 1 point'),
      cutItem(view, two, 'cut-2', 'Worth of cutting churn by 2 points'),
      cutItem(view, five, 'cut-5', 'Worth of cutting churn by 5 points'),
    ];
  },
  working: () => import('./churn-working.ts').then((m) => m.churnWorking),
  charts: ({ input, result, fmt }) => [churnChart(input, result, fmt.money, (v) => fmt.percent(v))],
  summary: (view) =>
    `Margin lost ${over(view)}: ${view.fmt.money(view.result.marginLostHorizon)}. ` +
    `Cutting churn by ${view.fmt.unit(view.input.churnCut, 'points')} is worth ${view.fmt.money(view.result.cuts[3].value)}.`,
};
