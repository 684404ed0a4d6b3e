// "Show the working" for the CLV calculator in a language's words: each formula with the reader's
// numbers. Loaded when the reader opens it (or prints), so the page's first download leaves it out;
// the page renders it for the defaults at build time for readers without JavaScript. The words
// come from the page (`tools.clv.*`), so this file holds none; ./clv-working.ts adds the default ones.
// The helpers through the definition, which the page has loaded already: importing them here
// directly would split them into a file of their own, one more request on the tool page.
import { countWords, fillWords } from './clv-definition.ts';
import type { ClvResult } from '../../calculators/clv/calculate.ts';
import type { ClvInput } from '../../calculators/clv/fields.ts';
import type { ClvWords } from '../../calculators/clv/words.ts';
import type { ViewContext, WorkingFn, WorkingStep } from '../calculator/types.ts';

type View = ViewContext<ClvInput, ClvResult>;

/** The working in a language's words (`tools.clv.*`), one step per formula. */
export function clvWorkingIn(w: ClvWords): WorkingFn<ClvInput, ClvResult> {
  return ({ input, result, fmt }: View): WorkingStep[] => {
    const m = fmt.money(result.marginPerYear);
    const r = fmt.percent(input.retention);
    const d = fmt.percent(input.discountRate);
    const cac = fmt.unit(input.acquisitionCost, 'money');
    const whatIf = fmt.percent(result.whatIf.retention);
    return [
      {
        label: w.marginLabel,
        formula: w.workMarginFormula,
        substituted: `${fmt.unit(input.orderValue, 'money')} × ${fmt.number(input.ordersPerYear, 4)} × ${fmt.percent(input.margin)}`,
        result: m,
      },
      {
        label: w.lifetimeLabel,
        formula: w.workLifetimeFormula,
        substituted: `1 / (1 − ${r})`,
        result: countWords(result.expectedLifetimeYears, w.year, w.years, fmt.number, 2),
      },
      {
        label: w.clvLabel,
        formula: 'CLV = m / (1 + d − r)',
        substituted: `${m} / (1 + ${d} − ${r})`,
        result: fmt.money(result.clv),
      },
      {
        label: fillWords(w.horizonLabel, { years: countWords(input.horizon, w.year, w.years, fmt.number, 0) }),
        formula: w.workHorizonFormula,
        substituted: fillWords(w.workHorizonSubstituted, { horizon: input.horizon, m, r, d }),
        result: fmt.money(result.clvHorizon),
      },
      {
        label: w.toCacLabel,
        formula: 'CLV / CAC',
        substituted: `${fmt.money(result.clv)} / ${cac}`,
        result: result.clvToCac === null ? w.workNoRatio : fillWords(w.ratio, { ratio: fmt.number(result.clvToCac, 2) }),
      },
      {
        label: w.minusCacLabel,
        formula: 'CLV − CAC',
        substituted: `${fmt.money(result.clv)} − ${cac}`,
        result: fmt.money(result.clvMinusCac),
      },
      {
        label: w.recoverLabel,
        formula: 'CAC / (m / 12)',
        substituted: `${cac} / (${m} / 12)`,
        result:
          result.monthsToRecoverCac === null ? w.workRecoverNever : countWords(result.monthsToRecoverCac, w.month, w.months, fmt.number, 2),
      },
      {
        label: w.workWhatIfLabel,
        formula: w.workWhatIfFormula,
        substituted: fillWords(w.workWhatIfSubstituted, { r, points: fmt.unit(input.retentionWhatIf, 'points'), whatIf, m, d }),
        result: fmt.money(result.whatIf.clv),
      },
    ];
  };
}
