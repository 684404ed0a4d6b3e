// The CLV tool's own words in the default language: result labels, notes, the working and the
// chart. Pages take them from `tools.clv.*` of content/strings/<lang>.yaml (the page's language) and
// hand them to the island as props; this copy is the default-language text for code that runs
// without a page (the business case's worker, unit tests), and tests/unit/calculators/clv-words.test.ts
// checks that it is exactly content/strings/en.yaml's. `{name}` is filled in code.

export const CLV_WORDS = {
  groupCustomer: 'What a customer brings',
  groupMoney: 'Money over time',
  groupWhatIf: 'What if retention rose?',
  year: '{count} year',
  years: '{count} years',
  month: '{count} month',
  months: '{count} months',
  clvLabel: 'CLV over all future years',
  clvNote: 'Margin per year / (1 + discount rate − retention)',
  horizonLabel: 'CLV over {years}',
  toCacLabel: 'CLV to CAC',
  minusCacLabel: 'CLV minus CAC',
  recoverLabel: 'Months to recover CAC',
  marginLabel: 'Margin per customer per year',
  lifetimeLabel: 'Expected customer lifetime',
  whatIfLabel: 'CLV at {retention} retention',
  whatIfCapped: '; retention is capped at {cap}%',
  ratio: '{ratio} to 1',
  ratioNoCac: 'no acquisition cost to compare',
  ratioTooLarge: 'too large to show',
  recoverNever: 'never: there is no margin',
  recoverTooLong: 'too long to show',
  recoverNothing: '0 months: nothing to recover',
  recoveryNote:
    'Undiscounted margin spread evenly over the months, as if the customer stays; the chart counts discounted margin of customers who stay, at each year’s end, {chart}.',
  recoveryCovers: 'so it covers CAC in year {year}',
  recoveryNotCovered: 'so it does not cover CAC within {years}',
  summary: 'CLV over all future years {clv}. CLV to CAC {ratio}. Months to recover CAC: {recovery}.',
  workMarginFormula: 'm = average order value × orders per year × gross margin',
  workLifetimeFormula: 'lifetime = 1 / (1 − r)',
  workHorizonFormula: 'CLV(H) = sum for t = 1 to H of m × r^(t−1) / (1 + d)^t',
  workHorizonSubstituted: 'sum for t = 1 to {horizon} of {m} × {r}^(t−1) / (1 + {d})^t',
  workNoRatio: 'no ratio: CAC is 0',
  workRecoverNever: 'never: no margin to recover it from',
  workWhatIfLabel: 'What-if CLV',
  workWhatIfFormula: 'r′ = min(r + points, 99%); CLV′ = m / (1 + d − r′)',
  workWhatIfSubstituted: 'r′ = min({r} + {points}, 99%) = {whatIf}; {m} / (1 + {d} − {whatIf})',
  chartTitle: 'CLV built up over {years}, against the acquisition cost',
  chartCovers: 'Cumulative CLV reaches {clv} after {years}; it covers the acquisition cost of {cac} in year {year}.',
  chartNotCovered: 'Cumulative CLV reaches {clv} after {years}; it does not cover the acquisition cost of {cac} within that time.',
  chartYearAxis: 'Year',
  chartYear: 'Year {year}',
  chartMargin: 'Discounted margin in the year',
  chartCumulative: 'Cumulative CLV',
  chartCac: 'Acquisition cost (CAC)',
} as const;

/** The CLV tool's words in one language: every key of CLV_WORDS. */
export type ClvWords = Record<keyof typeof CLV_WORDS, string>;
