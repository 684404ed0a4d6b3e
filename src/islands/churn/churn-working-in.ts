// "Show the working" for the cost-of-churn calculator in a language's words: each formula with the
// reader's numbers. Loaded when the reader opens it (or prints); the page renders it for the
// defaults at build time for readers without JavaScript. The words come from the page
// (`tools.churn.*`), so this file holds none; ./churn-working.ts adds the default ones.
import type { ChurnResult } from '../../calculators/churn/calculate.ts';
import type { ChurnInput } from '../../calculators/churn/fields.ts';
import type { ChurnWords } from '../../calculators/churn/words.ts';
import type { ViewContext, WorkingFn, WorkingStep } from '../calculator/types.ts';
// The helpers through the definition, which the page has loaded already: importing them here
// directly would split them into a file of their own, one more request on the tool page.
import { countWords, fillWords } from './churn-definition.ts';

/** The working in a language's words (`tools.churn.*`), one step per formula. */
export function churnWorkingIn(w: ChurnWords): WorkingFn<ChurnInput, ChurnResult> {
  return ({ input, result, fmt }: ViewContext<ChurnInput, ChurnResult>): WorkingStep[] => {
    const n = fmt.number(input.customers, 1);
    const c = fmt.percent(input.churn);
    const m = fmt.money(result.marginPerCustomer);
    const d = fmt.percent(input.discountRate);
    const h = input.horizon;
    const r = fmt.percent(100 - input.churn);
    const lost = fmt.number(result.customersLostPerYear, 1);
    const own = result.cuts[3];
    const years = countWords(h, w.year, w.years, fmt.number, 0);
    const perYear = fmt.money(result.standStillSpendPerYear);
    return [
      {
        label: w.workMarginLabel,
        formula: w.workMarginFormula,
        substituted: `${fmt.unit(input.revenuePerCustomer, 'money')} × ${fmt.percent(input.margin)}`,
        result: m,
      },
      { label: w.customersLostLabel, formula: 'L = N × c', substituted: `${n} × ${c}`, result: lost },
      {
        label: w.workBothLabel,
        formula: w.workBothFormula,
        substituted: `${lost} × ${fmt.unit(input.revenuePerCustomer, 'money')}; ${lost} × ${m}`,
        result: `${fmt.money(result.revenueLostPerYear)}; ${fmt.money(result.marginLostPerYear)}`,
      },
      {
        label: w.workStandStillLabel,
        formula: w.workStandStillFormula,
        substituted: fillWords(w.workStandStillSubstituted, { lost, cac: fmt.unit(input.replacementCost, 'money'), h, perYear, d }),
        result: fillWords(w.workStandStillResult, { perYear, total: fmt.money(result.standStillSpendHorizon) }),
      },
      {
        label: fillWords(w.workMarginLostLabel, { years }),
        formula: w.workMarginLostFormula,
        substituted: fillWords(w.workSumSubstituted, { h, n, r, m, d }),
        result: fmt.money(result.marginLostHorizon),
      },
      {
        label: fillWords(w.workRevenueLostLabel, { years }),
        formula: w.workRevenueLostFormula,
        substituted: fillWords(w.workSumSubstituted, { h, n, r, m: fmt.unit(input.revenuePerCustomer, 'money'), d }),
        result: fmt.money(result.revenueLostHorizon),
      },
      {
        label: w.keptLabel,
        formula: w.workKeptFormula,
        substituted: fillWords(w.workKeptSubstituted, { h, m, r, d }),
        result: fmt.money(result.valueOfOneKept),
      },
      {
        label: fillWords(w.cutOwnLabel, { points: fmt.unit(input.churnCut, 'points') }),
        formula: w.workCutFormula,
        substituted: fillWords(w.workCutSubstituted, { c, points: fmt.unit(input.churnCut, 'points'), cut: fmt.percent(own.churn) }),
        result: fmt.money(own.value),
      },
    ];
  };
}
