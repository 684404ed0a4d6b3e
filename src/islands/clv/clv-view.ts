// How the CLV calculator presents its result: headline numbers, the chart and the announcement, in
// a language's words (`tools.clv.*` of the page's strings). The math is in src/calculators/clv/;
// this file only formats it. ./clv-definition.ts adds the working, which loads on demand; this file
// has no import(), so the business case's worker, which builds its CLV sections with `clvViewIn`,
// does not bundle the working (it never shows it).
import { countWords, fillWords } from '../../calculators/shared/words.ts';
import { calculateClv, MAX_RETENTION_PERCENT, type ClvResult } from '../../calculators/clv/calculate.ts';
import { clvChartIn } from '../../calculators/clv/chart.ts';
import type { ClvWords } from '../../calculators/clv/words.ts';
import type { CalculatorDefinition, ViewContext } from '../calculator/types.ts';
import { CLV_FORM, type ClvInput } from '../../calculators/clv/fields.ts';

export { countWords, fillWords };

type View = ViewContext<ClvInput, ClvResult>;

/** "3.2 to 1", or words when there is no ratio. */
function ratio(w: ClvWords, { input, result, fmt }: View): string {
  if (result.clvToCac !== null) return fillWords(w.ratio, { ratio: fmt.number(result.clvToCac, 1) });
  return input.acquisitionCost === 0 ? w.ratioNoCac : w.ratioTooLarge;
}

/** Months to recover CAC in words. */
function recovery(w: ClvWords, { input, result, fmt }: View): string {
  if (result.monthsToRecoverCac === null)
    return input.acquisitionCost > 0 && result.marginPerYear === 0 ? w.recoverNever : w.recoverTooLong;
  if (input.acquisitionCost === 0) return w.recoverNothing;
  return countWords(result.monthsToRecoverCac, w.month, w.months, fmt.number);
}

/**
 * Why the months to recover CAC and the chart's "covers the acquisition cost in year N" differ
 * (docs/methods/clv.md): the months spread undiscounted margin evenly over the year and ignore
 * customers who leave; the chart counts discounted margin, weighted by retention, at year ends.
 */
function recoveryNote(w: ClvWords, { input, result }: View): string | undefined {
  if (result.monthsToRecoverCac === null || input.acquisitionCost === 0) return undefined;
  const crossing = result.years.find((y) => y.cumulative >= input.acquisitionCost);
  const chart = crossing
    ? fillWords(w.recoveryCovers, { year: crossing.year })
    : fillWords(w.recoveryNotCovered, { years: fillWords(input.horizon === 1 ? w.year : w.years, { count: input.horizon }) });
  return fillWords(w.recoveryNote, { chart });
}

/** A definition without the working, which only a page loads (on demand). */
export type ClvCaseDefinition = Omit<CalculatorDefinition<ClvInput, ClvResult>, 'working' | 'csvRows'>;

/** Everything of the definition but the working, in a language's words (`tools.clv.*` of the page's strings). */
export function clvViewIn(w: ClvWords): ClvCaseDefinition {
  return {
    id: 'clv',
    form: CLV_FORM,
    calculate: calculateClv,
    groups: [
      { legend: w.groupCustomer, keys: ['orderValue', 'ordersPerYear', 'margin', 'retention'] },
      { legend: w.groupMoney, keys: ['discountRate', 'acquisitionCost', 'horizon'] },
      { legend: w.groupWhatIf, keys: ['retentionWhatIf'] },
    ],
    results: (view) => {
      const { input, result, fmt } = view;
      const wi = result.whatIf;
      const recoverNote = recoveryNote(w, view);
      return [
        {
          id: 'clv',
          label: w.clvLabel,
          value: fmt.money(result.clv),
          emphasis: true,
          csv: result.clv,
          unit: 'money',
          note: w.clvNote,
        },
        {
          id: 'clv-horizon',
          label: fillWords(w.horizonLabel, { years: countWords(input.horizon, w.year, w.years, fmt.number, 0) }),
          value: fmt.money(result.clvHorizon),
          csv: result.clvHorizon,
          unit: 'money',
        },
        { id: 'clv-to-cac', label: w.toCacLabel, value: ratio(w, view), csv: result.clvToCac ?? '', unit: 'ratio' },
        { id: 'clv-minus-cac', label: w.minusCacLabel, value: fmt.money(result.clvMinusCac), csv: result.clvMinusCac, unit: 'money' },
        {
          id: 'months-to-recover',
          label: w.recoverLabel,
          value: recovery(w, view),
          csv: result.monthsToRecoverCac ?? '',
          unit: 'months',
          ...(recoverNote ? { note: recoverNote } : {}),
        },
        {
          id: 'margin-per-year',
          label: w.marginLabel,
          value: fmt.money(result.marginPerYear),
          csv: result.marginPerYear,
          unit: 'money',
        },
        {
          id: 'lifetime',
          label: w.lifetimeLabel,
          value: countWords(result.expectedLifetimeYears, w.year, w.years, fmt.number),
          csv: result.expectedLifetimeYears,
          unit: 'years',
        },
        {
          id: 'what-if',
          label: fillWords(w.whatIfLabel, { retention: fmt.percent(wi.retention) }),
          value: fmt.money(wi.clv),
          csv: wi.clv,
          unit: 'money',
          note:
            `${wi.gain >= 0 ? '+' : '−'}${fmt.money(Math.abs(wi.gain))} (${fmt.share(result.clv > 0 ? wi.gain / result.clv : 0)})` +
            (wi.capped ? fillWords(w.whatIfCapped, { cap: MAX_RETENTION_PERCENT }) : ''),
        },
      ];
    },
    charts: ({ input, result, fmt }) => [clvChartIn(w, input, result, fmt.money)],
    summary: (view) => fillWords(w.summary, { clv: view.fmt.money(view.result.clv), ratio: ratio(w, view), recovery: recovery(w, view) }),
  };
}
