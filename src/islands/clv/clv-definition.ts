// How the CLV calculator presents its result: headline numbers, the working, the chart and the
// announcement. The math is in src/calculators/clv/; this file only formats it.
import { countWords, fillWords } from '../../calculators/shared/words.ts';

export { countWords, fillWords };
import { calculateClv, MAX_RETENTION_PERCENT, type ClvResult } from '../../calculators/clv/calculate.ts';
import { clvChartIn } from '../../calculators/clv/chart.ts';
import { CLV_WORDS, type ClvWords } from '../../calculators/clv/words.ts';
import type { CalculatorDefinition, ViewContext } from '../calculator/types.ts';
import { CLV_FORM, type ClvInput } from '../../calculators/clv/fields.ts';

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

/**
 * The CLV calculator's definition for the shared calculator island, in a language's words (the
 * `tools.clv.*` strings of the page's language, which the page hands the island as props).
 */
export function clvDefinitionIn(w: ClvWords): CalculatorDefinition<ClvInput, ClvResult> {
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
    working: () => import('./clv-working-in.ts').then(({ clvWorkingIn }) => clvWorkingIn(w)),
    charts: ({ input, result, fmt }) => [clvChartIn(w, input, result, fmt.money)],
    summary: (view) => fillWords(w.summary, { clv: view.fmt.money(view.result.clv), ratio: ratio(w, view), recovery: recovery(w, view) }),
  };
}

/** The definition in the default language's words; its working is `clvWorking` itself. */
function inDefaultWords(): CalculatorDefinition<ClvInput, ClvResult> {
  return { ...clvDefinitionIn(CLV_WORDS), working: () => import('./clv-working.ts').then(({ clvWorking }) => clvWorking) };
}

/**
 * The CLV calculator's definition in the default language's words, for code that runs without a
 * page (the business case's worker, tests). The tool page's island builds its own with
 * `clvDefinitionIn`, so its bundle leaves this (and the words in code) out.
 */
export const clvDefinition: CalculatorDefinition<ClvInput, ClvResult> = /* @__PURE__ */ inDefaultWords();
