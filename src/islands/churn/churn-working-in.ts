// "Show the working" for the cost-of-churn calculator in a language's words: each formula with the
// reader's numbers. Loaded when the reader opens it (or prints); the page renders it for the
// defaults at build time for readers without JavaScript. The words come from the page
// (`tools.churn.*`), so this file holds none; ./churn-working.ts adds the default ones.
import type { ChurnResult } from '../../calculators/churn/calculate.ts';
import type { ChurnInput } from '../../calculators/churn/fields.ts';
import type { ChurnWords } from '../../calculators/churn/words.ts';
import type { ViewContext, WorkingFn, WorkingStep } from '../calculator/types.ts';
// The helpers through the view, which the page has loaded already.
import { fillWords, horizonWords } from './churn-view.ts';

/** The working in a language's words (`tools.churn.*`), one step per formula. */
export const churnWorkingIn =
  (w: ChurnWords): WorkingFn<ChurnInput, ChurnResult> =>
  ({ input, result, fmt }: ViewContext<ChurnInput, ChurnResult>): WorkingStep[] => {
    const n = fmt.number(input.customers, 1);
    const c = fmt.percent(input.churn);
    const m = fmt.money(result.marginPerCustomer);
    const d = fmt.percent(input.discountRate);
    const h = input.horizon;
    const kept = fmt.percent(100 - input.churn);
    const rev = fmt.unit(input.revenuePerCustomer, 'money');
    const years = horizonWords(w, { input, fmt });
    const lost = fmt.number(result.customersLostPerYear, 1);
    const own = result.cuts[3];
    const points = fmt.unit(input.churnCut, 'points');
    return [
      { label: w.workMarginLabel, formula: w.workMarginFormula, substituted: `${rev} × ${fmt.percent(input.margin)}`, result: m },
      { label: w.customersLostLabel, formula: w.workLostFormula, substituted: `${n} × ${c}`, result: lost },
      {
        label: w.workLostMoneyLabel,
        formula: w.workLostMoneyFormula,
        substituted: `${lost} × ${rev}; ${lost} × ${m}`,
        result: `${fmt.money(result.revenueLostPerYear)}; ${fmt.money(result.marginLostPerYear)}`,
      },
      {
        label: w.workStandStillLabel,
        formula: w.workStandStillFormula,
        substituted:
          `${lost} × ${fmt.unit(input.replacementCost, 'money')}; ` +
          fillWords(w.workStandStillSum, { horizon: h, spend: fmt.money(result.standStillSpendPerYear), rate: d }),
        result: fillWords(w.workStandStillResult, {
          spend: fmt.money(result.standStillSpendPerYear),
          total: fmt.money(result.standStillSpendHorizon),
        }),
      },
      {
        label: fillWords(w.workMarginLostLabel, { years }),
        formula: w.workMarginLostFormula,
        substituted: fillWords(w.workLostSum, { horizon: h, customers: n, kept, value: m, rate: d }),
        result: fmt.money(result.marginLostHorizon),
      },
      {
        label: fillWords(w.workRevenueLostLabel, { years }),
        formula: w.workRevenueLostFormula,
        substituted: fillWords(w.workLostSum, { horizon: h, customers: n, kept, value: rev, rate: d }),
        result: fmt.money(result.revenueLostHorizon),
      },
      {
        label: w.valueOfOneKeptLabel,
        formula: w.workOneKeptFormula,
        substituted: fillWords(w.workOneKeptSum, { horizon: h, margin: m, kept, rate: d }),
        result: fmt.money(result.valueOfOneKept),
      },
      {
        label: fillWords(w.cutOwnLabel, { points }),
        formula: w.workCutFormula,
        substituted: `c′ = max(${c} − ${points}, 0%) = ${fmt.percent(own.churn)}`,
        result: fmt.money(own.value),
      },
    ];
  };
