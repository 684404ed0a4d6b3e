// The cost-of-churn tool's own words in the default language: result labels, notes, the working and
// the chart. Pages take them from `tools.churn.*` of content/strings/<lang>.yaml (the page's
// language) and hand them to the island as props; this copy is the default-language text for code
// that runs without a page (the business case's worker, unit tests), and
// tests/unit/calculators/churn-words.test.ts checks that it is exactly content/strings/en.yaml's.
// `{name}` is filled in code.

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
  marginLostHorizonLabel: 'Margin lost {over}',
  marginLostHorizonNote: 'Today’s customers, none replaced, in today’s money at {rate} a year',
  cutOwnLabel: 'Worth of cutting churn by {points}',
  customersLostLabel: 'Customers lost per year',
  customersLostNote: '{churn} of {customers}',
  revenueLostYearLabel: 'Revenue lost per year',
  revenueLostYearNote: 'A year’s revenue from the customers who leave in a year',
  marginLostYearLabel: 'Margin lost per year',
  standStillLabel: 'Acquisition spend to stand still each year',
  standStillNote: 'Replacing every customer who leaves; {spend} {over} in today’s money',
  revenueLostHorizonLabel: 'Revenue lost {over}',
  revenueLostHorizonNote: 'Today’s customers, none replaced, in today’s money',
  valueOfOneKeptLabel: 'Margin one kept customer brings',
  valueOfOneKeptNote: '{over}, valued when they would have left: the CLV tool’s horizon CLV',
  cut1Label: 'Worth of cutting churn by 1 point',
  cut2Label: 'Worth of cutting churn by 2 points',
  cut5Label: 'Worth of cutting churn by 5 points',
  summary: 'Margin lost {over}: {margin}. Cutting churn by {points} is worth {worth}.',
  chartTitle: 'Margin lost each year over {years}, at today’s churn and with churn cut to {churn}',
  chartSummary:
    'At {churn} churn, with no customers replaced, the margin lost in year {year} is {lost}; at {cut} churn it is {lostWithCut}. Amounts are not discounted.',
  chartYearAxis: 'Year',
  chartYear: 'Year {year}',
  chartSeries: 'Margin lost at {churn} churn',
  workMarginLabel: 'Margin per customer per year',
  workMarginFormula: 'm = revenue per customer × gross margin',
  workLostFormula: 'L = N × c',
  workLostMoneyLabel: 'Revenue and margin lost per year',
  workLostMoneyFormula: 'L × revenue per customer; L × m',
  workStandStillLabel: 'Acquisition spend to stand still',
  workStandStillFormula: 'L × CAC a year; over H years: sum for t = 1 to H of L × CAC / (1 + d)^t',
  workStandStillSum: 'sum for t = 1 to {horizon} of {spend} / (1 + {rate})^t',
  workStandStillResult: '{spend} a year; {total}',
  workMarginLostLabel: 'Margin lost over {years}',
  workMarginLostFormula: 'sum for t = 1 to H of N × (1 − r^(t−1)) × m / (1 + d)^t, with r = 1 − c',
  workRevenueLostLabel: 'Revenue lost over {years}',
  workRevenueLostFormula: 'the same sum with revenue per customer in place of m',
  workLostSum: 'sum for t = 1 to {horizon} of {customers} × (1 − {kept}^(t−1)) × {value} / (1 + {rate})^t',
  workOneKeptFormula: 'sum for t = 1 to H of m × r^(t−1) / (1 + d)^t',
  workOneKeptSum: 'sum for t = 1 to {horizon} of {margin} × {kept}^(t−1) / (1 + {rate})^t',
  workCutFormula: 'c′ = max(c − points, 0%); margin lost at c − margin lost at c′',
} as const;

/** The cost-of-churn tool's words in one language: every key of CHURN_WORDS. */
export type ChurnWords = Record<keyof typeof CHURN_WORDS, string>;
