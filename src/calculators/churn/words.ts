// The cost-of-churn tool's own words in the default language: result labels, notes, the working
// and the chart. Pages take them from `tools.churn.*` of content/strings/<lang>.yaml (the page's
// language) and hand them to the island as props; this copy is the default-language text for code
// that runs without a page (the business case's worker, unit tests), and
// tests/unit/calculators/churn-words.test.ts checks that it is exactly content/strings/en.yaml's.

export const CHURN_WORDS = {
  groupBase: 'Your customer base today',
  groupMoney: 'Money over time',
  groupWhatIf: 'What if churn fell?',
  year: '{count} year',
  years: '{count} years',
  customer: '{count} customer',
  customers: '{count} customers',
  over: 'over {years}',
  cutNote: 'Churn {from} → {to}; {kept} kept in the first year',
  cutCapped: '; capped at {points}, since churn cannot fall below 0%',
  marginLostLabel: 'Margin lost {over}',
  marginLostNote: 'Today’s customers, none replaced, in today’s money at {rate} a year',
  cutOwnLabel: 'Worth of cutting churn by {points}',
  customersLostLabel: 'Customers lost per year',
  customersLostNote: '{churn} of {customers}',
  revenueLostYearLabel: 'Revenue lost per year',
  revenueLostYearNote: 'A year’s revenue from the customers who leave in a year',
  marginLostYearLabel: 'Margin lost per year',
  standStillLabel: 'Acquisition spend to stand still each year',
  standStillNote: 'Replacing every customer who leaves; {money} {over} in today’s money',
  revenueLostLabel: 'Revenue lost {over}',
  revenueLostNote: 'Today’s customers, none replaced, in today’s money',
  keptLabel: 'Margin one kept customer brings',
  keptNote: '{over}, valued when they would have left: the CLV tool’s horizon CLV',
  cut1Label: 'Worth of cutting churn by 1 point',
  cut2Label: 'Worth of cutting churn by 2 points',
  cut5Label: 'Worth of cutting churn by 5 points',
  summary: 'Margin lost {over}: {lost}. Cutting churn by {points} is worth {worth}.',
  workMarginLabel: 'Margin per customer per year',
  workMarginFormula: 'm = revenue per customer × gross margin',
  workBothLabel: 'Revenue and margin lost per year',
  workBothFormula: 'L × revenue per customer; L × m',
  workStandStillLabel: 'Acquisition spend to stand still',
  workStandStillFormula: 'L × CAC a year; over H years: sum for t = 1 to H of L × CAC / (1 + d)^t',
  workStandStillSubstituted: '{lost} × {cac}; sum for t = 1 to {h} of {perYear} / (1 + {d})^t',
  workStandStillResult: '{perYear} a year; {total}',
  workMarginLostLabel: 'Margin lost over {years}',
  workMarginLostFormula: 'sum for t = 1 to H of N × (1 − r^(t−1)) × m / (1 + d)^t, with r = 1 − c',
  workSumSubstituted: 'sum for t = 1 to {h} of {n} × (1 − {r}^(t−1)) × {m} / (1 + {d})^t',
  workRevenueLostLabel: 'Revenue lost over {years}',
  workRevenueLostFormula: 'the same sum with revenue per customer in place of m',
  workKeptFormula: 'sum for t = 1 to H of m × r^(t−1) / (1 + d)^t',
  workKeptSubstituted: 'sum for t = 1 to {h} of {m} × {r}^(t−1) / (1 + {d})^t',
  workCutFormula: 'c′ = max(c − points, 0%); margin lost at c − margin lost at c′',
  workCutSubstituted: 'c′ = max({c} − {points}, 0%) = {cut}',
  chartTitle: 'Margin lost each year over {years}, at today’s churn and with churn cut to {cut}',
  chartSummary:
    'At {churn} churn, with no customers replaced, the margin lost in year {year} is {lost}; at {cut} churn it is {lostCut}. Amounts are not discounted.',
  chartYearAxis: 'Year',
  chartYear: 'Year {year}',
  chartSeries: 'Margin lost at {churn} churn',
} as const;

/** The churn tool's words in one language: every key of CHURN_WORDS. */
export type ChurnWords = Record<keyof typeof CHURN_WORDS, string>;
