// The CX ROI tool's own words in the default language: result labels, notes, the tables, the
// working, the charts, its ranges section (RoiExtra.tsx, RoiRangesPanel.tsx) and the simulation
// (RoiSimulation.tsx, roi-simulation-text.ts, roi-csv.ts, the histogram). Pages take
// them from `tools.roi.*` of content/strings/<lang>.yaml (the page's language) and hand them to the
// island as props; this copy is the default-language text for
// code that runs without a page (the business case's worker, unit tests), and
// tests/unit/calculators/roi-words.test.ts checks that it is exactly content/strings/en.yaml's.
// `{name}` is filled in code.

export const ROI_VIEW_WORDS = {
  groupBase: 'Your customer base today',
  groupChange: 'What the programme changes',
  groupCosts: 'Costs and time',
  year: '{count} year',
  years: '{count} years',
  month: '{count} month',
  months: '{count} months',
  npvLabel: 'Net present value (NPV)',
  npvNote: 'Net flows over {years}, discounted at {rate} a year',
  npvRiskNote: '; risk-adjusted ({npv} before)',
  paybackLabel: 'Payback',
  paybackNotWithin: 'not within the horizon of {years}',
  paybackAtOnce: '0 months: the net flow never falls below zero',
  roiLabel: 'ROI (undiscounted)',
  roiDiscountedLabel: 'ROI (discounted)',
  roiNoCosts: 'no costs to compare with',
  benefitsLabel: 'Total benefits',
  costsLabel: 'Total costs',
  pvBenefitsLabel: 'PV of benefits',
  summary: 'NPV {npv}. ROI {roi}. Payback: {payback}.',
  riskTitle: 'Risk-adjusted and unadjusted',
  riskFigure: 'Figure',
  riskUnadjusted: 'Unadjusted',
  riskAdjusted: 'Risk-adjusted',
  riskUnit: 'Unit',
  yearsTitle: 'Year by year',
  colYear: 'Year',
  colBaseline: 'Customers, baseline (expected)',
  colWithProgramme: 'Customers, with programme (expected)',
  colBenefits: 'Benefits',
  colCosts: 'Costs',
  colNet: 'Net flow',
  colCumulative: 'Cumulative net flow',
  colPresentValue: 'Present value',
  cashTitle: 'Benefits by source and cumulative net flow, by year',
  cashSummary: 'Benefits total {benefits} against costs of {costs}; the cumulative net flow ends at {end}.',
  cashSummaryNoPayback:
    'Benefits total {benefits} against costs of {costs}; the cumulative net flow ends at {end} and does not pay back within the horizon.',
  chartYearAxis: 'Year',
  chartYear: 'Year {year}',
  chartRetention: 'Retention benefit',
  chartSpend: 'Spend uplift benefit',
  chartDeflection: 'Deflection saving',
  chartCumulative: 'Cumulative net flow',
  chartDriverAxis: 'Driver',
  cappedLow: '-20% capped at {value}',
  cappedHigh: '+20% capped at {value}',
  rangeTitle: 'Sensitivity: NPV at the low and high end of each range you gave',
  rangeSummary: 'The base NPV is {npv}. {driver} moves it most: from {low} at {lowValue} to {high} at {highValue}.',
  rangeSummaryNone: 'The base NPV is {npv}. No range changes it.',
  rangeDriver: '{driver} ({low} to {high})',
  rangeLow: 'NPV at the low end',
  rangeHigh: 'NPV at the high end',
  tornadoTitle: 'Sensitivity: NPV with each driver 20% lower or higher',
  tornadoSummary: 'The base NPV is {npv}. {driver} moves it most: from {low} at -20% to {high} at +20%.',
  tornadoSummaryCapped: 'The base NPV is {npv}. {driver} moves it most: from {low} at -20% to {high} at +20% ({capped}).',
  tornadoSummaryNone: 'The base NPV is {npv}. No driver changes it.',
  tornadoLow: 'NPV with the driver 20% lower',
  tornadoHigh: 'NPV with the driver 20% higher',
} as const;

/** The working's words (../../islands/roi/roi-working-in.ts), loaded with the working. */
export const ROI_WORKING_WORDS = {
  workCustomersLabel: 'Customers still there in year 1',
  workCustomersFormula: 'baseline N × r^t; with the programme N × (r + uplift)^t',
  workBenefitLabel: 'Benefit in year 1',
  workBenefitFormula: 'B(t) = [N (r + uplift)^t × R × (1 + u) − N r^t × R] × g + C × deflection × k',
  workRiskLabel: 'Risk-adjusted benefit in year 1',
  workRiskFormula: 'retention benefit × (1 − a1) + spend benefit × (1 − a2) + deflection saving × (1 − a3)',
  workRiskResult: '{benefit} (NPV {npv} risk-adjusted, {unadjusted} unadjusted)',
  workNetLabel: 'Net flow by year',
  workNetFormula: 'year 0: −I0; year t: B(t) − A',
  workNetYear: 'year {year}: {net}',
  workNetResult: 'cumulative at the end: {end}',
  workNpvLabel: 'Net present value',
  workNpvFormula: 'NPV = sum for t = 0 to T of net(t) / (1 + d)^t',
  workRoiFormula: '(benefits − costs) / costs',
  workRoiDiscountedFormula: '(PV of benefits − PV of costs) / PV of costs',
  workPaybackFormula: 'last year j ending below zero; months = 12 × (j + |cumulative(j)| / (cumulative(j+1) + |cumulative(j)|))',
  workPaybackNotWithin: 'the cumulative net flow is {end} at the end of year {year}, below zero',
  workPaybackAtOnce: 'the cumulative net flow never falls below zero',
  workSensitivityLabel: 'Sensitivity',
  workSensitivityRange: 'NPV with one driver at the low and at the high end of the range you gave, the others as they are',
  workSensitivityStep: 'NPV with one driver × {low} and × {high}, kept inside its range',
  workCappedLow: '-20% capped at the edge of its range',
  workCappedHigh: '+20% capped at the edge of its range',
  workSwing: 'largest swing {swing}',
} as const;

/**
 * The simulation's words that the business case repeats (../../islands/roi/roi-simulation-text.ts
 * and the histogram): kept apart, so its worker bundles these and not the page's own below.
 */
export const ROI_SIMULATION_WORDS = {
  simChancePositive: 'Chance the NPV is above zero',
  simChanceWithin: 'Chance of payback within {years}',
  simTableCaption: 'Simulated NPV and payback',
  simColFigure: 'Figure',
  simColP10: 'P10',
  simColP50: 'P50 (median)',
  simColP90: 'P90',
  simRowNpv: 'NPV',
  simRowPayback: 'Payback',
  simNotWithin: 'not within {years}',
  histTitle: 'NPV over {count} simulated cases',
  histSummary:
    'Half the simulated cases have an NPV below {p50}; one in ten is below {p10} and one in ten above {p90}. {share} have an NPV above zero.',
  histAxis: 'NPV band',
  histBand: '{from} to {to}',
  histSeries: 'Simulated cases',
} as const;

/** The words only the ROI page shows: its ranges section (RoiExtra.tsx, the panel), the simulation's own and its CSV rows. */
export const ROI_PAGE_WORDS = {
  extraTitle: 'Ranges and risk',
  extraHelp:
    'Take a share off each benefit for the risk it falls short, and give a low and high value for the numbers you are unsure of, to see the range of outcomes.',
  extraShow: 'Add ranges and risk adjustments',
  extraHide: 'Hide ranges and risk adjustments',
  extraLoading: 'Loading the ranges…',
  rangesRiskTitle: 'Risk adjustment of each benefit',
  rangesRiskHelp:
    'The share taken off each source of benefit for the chance it falls short, as finance teams do in a risk-adjusted case. 0 leaves a benefit whole.',
  rangesTitle: 'Ranges',
  rangesHelp:
    'Give a low and a high value for the drivers you are unsure of; the value in the form is the most likely one. The tornado then uses your ranges, and a simulation draws {draws} cases from them.',
  rangesLow: 'Low',
  rangesHigh: 'High',
  rangesMostLikely: 'Most likely: {value}, the value in the form above.',
  rangesUnknown: 'Not an input of this calculator: remove this range.',
  rangesRemove: 'Remove the range for {label}',
  rangesAddLabel: 'Give a range for',
  rangesAdd: 'Add range',
  rangesSeedTitle: 'Simulation',
  rangesNewSeed: 'Draw with a new seed',
  simTitle: 'Range of outcomes',
  simFailed: 'The simulation could not run in this browser: it needs Web Workers. The figures above do not depend on it.',
  simHelp:
    '{draws} cases, each drawing every driver you gave a range from a triangular distribution (low, most likely, high), with seed {seed}; every other input as in the form, risk adjustments included. P10 is the value one case in ten falls below; P90 the value one in ten rises above.',
  simRunning: 'Drawing the cases…',
  simCsvRanges: 'Ranges',
  simCsvInput: 'Input',
  simCsvLow: 'Low',
  simCsvMostLikely: 'Most likely',
  simCsvHigh: 'High',
  simCsvUnit: 'Unit',
  simCsvTitle: 'Simulation',
  simCsvDraws: 'Draws',
  simCsvSeed: 'Seed',
  simCsvFigure: 'Figure',
  simCsvNpv: 'NPV',
  simCsvPayback: 'Payback (empty: not within the horizon)',
  simCsvMean: 'Mean NPV',
  simCsvWithin: 'Chance of payback within the horizon',
  simCsvHistogram: 'NPV histogram',
  simCsvFrom: 'NPV from ({currency})',
  simCsvTo: 'NPV to ({currency})',
} as const;

/**
 * The messages of the form's rules between fields (src/calculators/roi/fields.ts, `roiRulesIn`):
 * kept apart, so code that checks ROI inputs without a page (the tool registry, the content check)
 * bundles these and nothing else of the tool's words. `{side}` is `ruleLow` or `ruleHigh`.
 */
export const ROI_RULE_WORDS = {
  ruleRetentionCap: 'retention plus uplift cannot pass 100%, so the uplift can be at most {most}',
  ruleHighsPastCap: 'with the ranges’ high values, retention plus uplift could reach {value}, past 100%; lower a high value',
  ruleNotRangeInput: '“{key}” is not an input that can be given as a range',
  ruleTwoRanges: 'it has two ranges; keep one',
  ruleLow: 'low',
  ruleHigh: 'high',
  ruleEndEmpty: 'the range’s {side} value is empty: enter it, or remove the range',
  ruleEndNotNumber: 'the range’s {side} value is not a number',
  ruleEndBelowMin: 'the range’s {side} value ({value}) is below the smallest allowed, {min}',
  ruleEndAboveMax: 'the range’s {side} value ({value}) is above the largest allowed, {max}',
  ruleLowAboveMostLikely: 'the range’s low value ({low}) is above the most likely value ({mostLikely})',
  ruleMostLikelyAboveHigh: 'the most likely value ({mostLikely}) is above the range’s high value ({high})',
  rulePoint: '{count} point',
  rulePoints: '{count} points',
} as const;

/** Objects as one; marked pure, so a bundle that never reads the result leaves it out. */
export const joined = <A extends object, B extends object, C extends object = object>(a: A, b: B, c?: C): A & B & C =>
  ({ ...a, ...b, ...c }) as A & B & C;

/** Every word of the tool, `tools.roi.*` of content/strings/en.yaml. */
export const ROI_WORDS = /* @__PURE__ */ joined(
  /* @__PURE__ */ joined(ROI_VIEW_WORDS, ROI_WORKING_WORDS),
  /* @__PURE__ */ joined(ROI_SIMULATION_WORDS, ROI_PAGE_WORDS),
  ROI_RULE_WORDS,
);

/** The ROI tool's words in one language: every key of ROI_WORDS. */
export type RoiWords = Record<keyof typeof ROI_WORDS, string>;

/** The words of the form's rules' messages. */
export type RoiRuleWords = Record<keyof typeof ROI_RULE_WORDS, string>;

/** The words the tool's view, cash and tornado charts use (the business case's worker among them). */
export type RoiViewWords = Record<keyof typeof ROI_VIEW_WORDS, string>;

/** The words of the working, with the view's it reuses. */
export type RoiWorkingWords = RoiViewWords & Record<keyof typeof ROI_WORKING_WORDS, string>;

/** The words of the simulation's table, chances and histogram, with the count words they fill. */
export type RoiSimulationWords = Record<keyof typeof ROI_SIMULATION_WORDS | 'year' | 'years' | 'month' | 'months', string>;
