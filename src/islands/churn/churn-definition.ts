// How the cost-of-churn calculator presents its result: headline numbers, the chart and the
// announcement, in the words of the page's language (`tools.churn.*`). The math is in
// src/calculators/churn/; this file only formats it.
import { calculateChurn, type ChurnCut, type ChurnResult } from '../../calculators/churn/calculate.ts';
import { churnChartIn } from '../../calculators/churn/chart.ts';
import { CHURN_FORM, type ChurnInput } from '../../calculators/churn/fields.ts';
import { CHURN_WORDS, type ChurnWords } from '../../calculators/churn/words.ts';
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import type { CalculatorDefinition, ResultItem, ViewContext } from '../calculator/types.ts';

export { countWords, fillWords };

type View = ViewContext<ChurnInput, ChurnResult>;

/** "over 5 years" */
const over = (w: ChurnWords, view: View) =>
  fillWords(w.over, { years: countWords(view.input.horizon, w.year, w.years, view.fmt.number, 0) });

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

/**
 * The cost-of-churn calculator's definition for the shared calculator island, in a language's
 * words (the `tools.churn.*` strings of the page's language, which the page hands the island as props).
 */
export function churnDefinitionIn(w: ChurnWords): CalculatorDefinition<ChurnInput, ChurnResult> {
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
      return [
        {
          id: 'margin-lost-horizon',
          label: fillWords(w.marginLostLabel, { over: over(w, view) }),
          value: fmt.money(result.marginLostHorizon),
          emphasis: true,
          csv: result.marginLostHorizon,
          unit: 'money',
          note: fillWords(w.marginLostNote, { rate: fmt.percent(input.discountRate) }),
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
          note: fillWords(w.standStillNote, { money: fmt.money(result.standStillSpendHorizon), over: over(w, view) }),
        },
        {
          id: 'revenue-lost-horizon',
          label: fillWords(w.revenueLostLabel, { over: over(w, view) }),
          value: fmt.money(result.revenueLostHorizon),
          csv: result.revenueLostHorizon,
          unit: 'money',
          note: w.revenueLostNote,
        },
        {
          id: 'value-of-one-kept',
          label: w.keptLabel,
          value: fmt.money(result.valueOfOneKept),
          csv: result.valueOfOneKept,
          unit: 'money',
          note: fillWords(w.keptNote, { over: over(w, view) }),
        },
        cutItem(w, view, one, 'cut-1', w.cut1Label),
        cutItem(w, view, two, 'cut-2', w.cut2Label),
        cutItem(w, view, five, 'cut-5', w.cut5Label),
      ];
    },
    working: () => import('./churn-working-in.ts').then(({ churnWorkingIn }) => churnWorkingIn(w)),
    charts: ({ input, result, fmt }) => [churnChartIn(w, input, result, fmt.money, (v) => fmt.percent(v))],
    summary: (view) =>
      fillWords(w.summary, {
        over: over(w, view),
        lost: view.fmt.money(view.result.marginLostHorizon),
        points: view.fmt.unit(view.input.churnCut, 'points'),
        worth: view.fmt.money(view.result.cuts[3].value),
      }),
  };
}

/** The definition in the default language's words; its working is `churnWorking` itself. */
function inDefaultWords(): CalculatorDefinition<ChurnInput, ChurnResult> {
  return { ...churnDefinitionIn(CHURN_WORDS), working: () => import('./churn-working.ts').then(({ churnWorking }) => churnWorking) };
}

/**
 * The cost-of-churn calculator's definition in the default language's words, for code that runs
 * without a page (the business case's worker, tests). The tool page's island builds its own with
 * `churnDefinitionIn`, so its bundle leaves this (and the words in code) out.
 */
export const churnDefinition: CalculatorDefinition<ChurnInput, ChurnResult> = /* @__PURE__ */ inDefaultWords();
