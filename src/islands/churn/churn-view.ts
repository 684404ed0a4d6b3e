// How the cost-of-churn calculator presents its result: headline numbers, the chart and the
// announcement, in a language's words (`tools.churn.*` of the page's strings). The math is in
// src/calculators/churn/; this file formats it. ./churn-definition.ts adds the working, which loads
// on demand; this file has no import(), so the business case's worker, which uses
// `churnCaseDefinition` from here, does not bundle the working (it never shows it).
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import { calculateChurn, type ChurnCut, type ChurnResult } from '../../calculators/churn/calculate.ts';
import { churnChartIn } from '../../calculators/churn/chart.ts';
import { CHURN_FORM, type ChurnInput } from '../../calculators/churn/fields.ts';
import { CHURN_WORDS, type ChurnWords } from '../../calculators/churn/words.ts';
import type { CalculatorDefinition, ResultItem, ViewContext } from '../calculator/types.ts';

export { countWords, fillWords };

type View = ViewContext<ChurnInput, ChurnResult>;

/** The horizon in words: "5 years". */
export const horizonWords = (w: ChurnWords, { input, fmt }: Pick<View, 'input' | 'fmt'>) =>
  countWords(input.horizon, w.year, w.years, fmt.number, 0);

/** "over 5 years" */
const over = (w: ChurnWords, view: View) => fillWords(w.over, { years: horizonWords(w, view) });

/** One churn cut as a result line: its value, and a note with the churn it reaches and whether it was capped. */
function cutItem(w: ChurnWords, { fmt }: View, cut: ChurnCut, id: string, label: string, emphasis = false): ResultItem {
  const note =
    fillWords(w.cutNote, {
      from: fmt.percent(cut.churn + cut.applied),
      to: fmt.percent(cut.churn),
      kept: countWords(cut.customersKept, w.customer, w.customers, fmt.number),
    }) + (cut.capped ? fillWords(w.cutCapped, { points: fmt.unit(cut.applied, 'points') }) : '');
  return { id, label, value: fmt.money(cut.value), csv: cut.value, unit: 'money', note, ...(emphasis ? { emphasis } : {}) };
}

/** A definition without the working, which only a page loads (on demand). */
export type ChurnCaseDefinition = Omit<CalculatorDefinition<ChurnInput, ChurnResult>, 'working' | 'csvRows'>;

/** Everything of the definition but the working, in a language's words. */
export function churnViewIn(w: ChurnWords): ChurnCaseDefinition {
  return {
    id: 'churn',
    form: CHURN_FORM,
    calculate: calculateChurn,
    groups: [
      { legend: w.groupBase, keys: ['customers', 'churn', 'revenuePerCustomer', 'margin', 'replacementCost'] },
      { legend: w.groupMoney, keys: ['horizon', 'discountRate'] },
      { legend: w.groupWhatIf, keys: ['churnCut'] },
    ],
    results: (view) => {
      const { input, result, fmt } = view;
      const [one, two, five, own] = result.cuts;
      const overH = over(w, view);
      return [
        {
          id: 'margin-lost-horizon',
          label: fillWords(w.marginLostHorizonLabel, { over: overH }),
          value: fmt.money(result.marginLostHorizon),
          emphasis: true,
          csv: result.marginLostHorizon,
          unit: 'money',
          note: fillWords(w.marginLostHorizonNote, { rate: fmt.percent(input.discountRate) }),
        },
        cutItem(w, view, own, 'cut-own', fillWords(w.cutOwnLabel, { points: fmt.unit(input.churnCut, 'points') }), true),
        {
          id: 'customers-lost',
          label: w.customersLostLabel,
          value: fmt.number(result.customersLostPerYear, 1),
          csv: result.customersLostPerYear,
          unit: { count: 'customers' },
          note: fillWords(w.customersLostNote, { churn: fmt.percent(input.churn), customers: fmt.number(input.customers, 1) }),
        },
        {
          id: 'revenue-lost-year',
          label: w.revenueLostYearLabel,
          value: fmt.money(result.revenueLostPerYear),
          csv: result.revenueLostPerYear,
          unit: 'money',
          note: w.revenueLostYearNote,
        },
        {
          id: 'margin-lost-year',
          label: w.marginLostYearLabel,
          value: fmt.money(result.marginLostPerYear),
          csv: result.marginLostPerYear,
          unit: 'money',
        },
        {
          id: 'stand-still',
          label: w.standStillLabel,
          value: fmt.money(result.standStillSpendPerYear),
          csv: result.standStillSpendPerYear,
          unit: 'money',
          note: fillWords(w.standStillNote, { spend: fmt.money(result.standStillSpendHorizon), over: overH }),
        },
        {
          id: 'revenue-lost-horizon',
          label: fillWords(w.revenueLostHorizonLabel, { over: overH }),
          value: fmt.money(result.revenueLostHorizon),
          csv: result.revenueLostHorizon,
          unit: 'money',
          note: w.revenueLostHorizonNote,
        },
        {
          id: 'value-of-one-kept',
          label: w.valueOfOneKeptLabel,
          value: fmt.money(result.valueOfOneKept),
          csv: result.valueOfOneKept,
          unit: 'money',
          note: fillWords(w.valueOfOneKeptNote, { over: overH }),
        },
        cutItem(w, view, one, 'cut-1', w.cut1Label),
        cutItem(w, view, two, 'cut-2', w.cut2Label),
        cutItem(w, view, five, 'cut-5', w.cut5Label),
      ];
    },
    charts: ({ input, result, fmt }) => [churnChartIn(w, input, result, fmt.money, (v) => fmt.percent(v))],
    summary: (view) =>
      fillWords(w.summary, {
        over: over(w, view),
        margin: view.fmt.money(view.result.marginLostHorizon),
        points: view.fmt.unit(view.input.churnCut, 'points'),
        worth: view.fmt.money(view.result.cuts[3].value),
      }),
  };
}

/**
 * The definition the business case's worker uses: the default language's words, without the
 * working, which a business case never shows (so the worker leaves its code out).
 */
export const churnCaseDefinition: ChurnCaseDefinition = /* @__PURE__ */ churnViewIn(CHURN_WORDS);
