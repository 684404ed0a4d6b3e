// How the CX ROI calculator presents its result: headline numbers, the charts, the year-by-year
// table and the announcement, in a language's words (`tools.roi.*` of the page's strings). The math
// is in src/calculators/roi/; this file formats it. ./roi-definition.ts adds the working and the
// CSV rows, which load on demand; this file has no import(), so the business case's worker, which
// uses `roiCaseDefinition` from here, bundles neither (it never shows them). The ranges section
// (RoiExtra.tsx, React) is attached by RoiCalculator.tsx: a worker has no use for React.
import { countWords, fillWords } from '../../calculators/shared/words.ts';

export { countWords, fillWords };
import { calculateRoi, type RoiFigures, type RoiResult } from '../../calculators/roi/calculate.ts';
import { roiCashChartIn, roiTornadoChartIn } from '../../calculators/roi/chart.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import { ROI_FIELDS, ROI_FORM, roiRulesIn, type RoiInput, type RoiInputKey } from '../../calculators/roi/fields.ts';
import { joined, ROI_RULE_WORDS, ROI_VIEW_WORDS, type RoiRuleWords, type RoiViewWords } from '../../calculators/roi/words.ts';
import { csvFigure, figuresRow, type FigureUnit } from '../../lib/browser/csv.ts';
import { formatFixed, roundTo } from '../../shared/format.ts';
import type { CalculatorDefinition, TableSpec, ViewContext } from '../calculator/types.ts';

type View = ViewContext<RoiInput, RoiResult>;

/** The horizon in words: "5 years". */
export const horizonWords = (w: RoiViewWords, { input, fmt }: Pick<View, 'input' | 'fmt'>) =>
  countWords(input.horizon, w.year, w.years, fmt.number, 0);

/** The payback period in words. */
export function payback(
  w: RoiViewWords,
  { input, result, fmt }: Pick<View, 'input' | 'fmt'> & { result: Pick<RoiFigures, 'paybackMonths'>; labels?: unknown },
): string {
  if (result.paybackMonths === null) return fillWords(w.paybackNotWithin, { years: horizonWords(w, { input, fmt }) });
  if (result.paybackMonths === 0) return w.paybackAtOnce;
  return countWords(result.paybackMonths, w.month, w.months, fmt.number);
}

/** The risk-adjusted figures beside the unadjusted ones, when a benefit line has a risk adjustment. */
function riskTable(w: RoiViewWords, view: View): TableSpec[] {
  const { result, fmt } = view;
  const before = result.unadjusted;
  if (!before) return [];
  type Row = [string, (f: RoiFigures) => string, (f: RoiFigures) => number | null, FigureUnit];
  const rows: Row[] = [
    [w.benefitsLabel, (f) => fmt.money(f.totalBenefits), (f) => f.totalBenefits, 'money'],
    [w.pvBenefitsLabel, (f) => fmt.money(f.pvBenefits), (f) => f.pvBenefits, 'money'],
    [w.npvLabel, (f) => fmt.money(f.npv), (f) => f.npv, 'money'],
    [w.roiLabel, (f) => roiText(w, f.roi, fmt), (f) => f.roi, 'share'],
    [w.roiDiscountedLabel, (f) => roiText(w, f.roiDiscounted, fmt), (f) => f.roiDiscounted, 'share'],
    [w.paybackLabel, (f) => payback(w, { ...view, result: f }), (f) => f.paybackMonths, 'months'],
  ];
  return [
    {
      id: 'roi-risk',
      title: w.riskTitle,
      head: [w.riskFigure, w.riskUnadjusted, w.riskAdjusted],
      rows: rows.map(([label, text]) => [label, text(before), text(result)]),
      csvHead: [w.riskFigure, w.riskUnadjusted, w.riskAdjusted, w.riskUnit],
      csv: rows.map(([label, , value, unit]) => figuresRow(label, [value(before) ?? '', value(result) ?? ''], unit, fmt.style.currency)),
    },
  ];
}

/** Each input's unit, so the sensitivity step writes 60% or €320 rather than a bare number. */
export const UNITS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s.unit]));

/** A driver's value in its input's unit, for the tornado's labels. */
export const driverValue = (fmt: View['fmt']) => (key: RoiInputKey, value: number) => fmt.unit(value, UNITS.get(key) ?? 'count');

/** An ROI as a percentage, or words when there are no costs. */
export const roiText = (w: RoiViewWords, value: number | null, fmt: View['fmt']) => (value === null ? w.roiNoCosts : fmt.share(value));

/** A definition without what only a page loads on demand: the working and the extra CSV rows. */
export type RoiCaseDefinition = Omit<CalculatorDefinition<RoiInput, RoiResult>, 'working' | 'csvRows'>;

/**
 * Everything of the definition but the working and the CSV rows, in a language's words; the form's
 * rules write their numbers for `locale` (the page's). `form` is the registry's own (`ROI_FORM`) for
 * the default words, so its rules give their messages in the same words.
 */
export function roiViewIn(
  w: RoiViewWords & RoiRuleWords,
  locale = 'en',
  form: RoiCaseDefinition['form'] = { fields: ROI_FIELDS, rules: (input: RoiInput) => roiRulesIn(w, input, locale) },
): RoiCaseDefinition {
  return {
    id: 'roi',
    form,
    calculate: calculateRoi,
    groups: [
      { legend: w.groupBase, keys: ['customers', 'revenuePerCustomer', 'margin', 'retention'] },
      { legend: w.groupChange, keys: ['retentionUplift', 'spendUplift', 'contactsPerYear', 'costPerContact', 'deflection'] },
      { legend: w.groupCosts, keys: ['investment', 'runningCost', 'horizon', 'discountRate'] },
    ],
    results: (view) => {
      const { input, result, fmt } = view;
      return [
        {
          id: 'npv',
          label: w.npvLabel,
          value: fmt.money(result.npv),
          emphasis: true,
          csv: result.npv,
          unit: 'money',
          note:
            fillWords(w.npvNote, { years: horizonWords(w, view), rate: fmt.percent(input.discountRate) }) +
            (result.riskAdjusted ? fillWords(w.npvRiskNote, { npv: fmt.money(result.unadjusted?.npv ?? result.npv) }) : ''),
        },
        { id: 'payback', label: w.paybackLabel, value: payback(w, view), csv: result.paybackMonths ?? '', unit: 'months' },
        { id: 'roi', label: w.roiLabel, value: roiText(w, result.roi, fmt), csv: result.roi ?? '', unit: 'share' },
        {
          id: 'roi-discounted',
          label: w.roiDiscountedLabel,
          value: roiText(w, result.roiDiscounted, fmt),
          csv: result.roiDiscounted ?? '',
          unit: 'share',
        },
        { id: 'benefits', label: w.benefitsLabel, value: fmt.money(result.totalBenefits), csv: result.totalBenefits, unit: 'money' },
        { id: 'costs', label: w.costsLabel, value: fmt.money(result.totalCosts), csv: result.totalCosts, unit: 'money' },
      ];
    },
    charts: ({ result, fmt, labels }) => [
      roiCashChartIn(w, result, fmt.money),
      roiTornadoChartIn(w, result, labels as Record<RoiInputKey, string>, fmt.money, driverValue(fmt)),
    ],
    tables: (view) => {
      const { result, fmt } = view;
      const c = fmt.style.currency;
      // Each money column with one number of decimals (€0 in a column of whole units); customers are
      // expected values (a share of each customer stays), so always one decimal and labelled so.
      const money = (pick: (y: RoiResult['years'][number]) => number) => {
        const values = result.years.map(pick);
        const format = fmt.moneyColumn(values);
        return values.map(format);
      };
      const columns = [
        money((y) => y.benefit),
        money((y) => y.cost),
        money((y) => y.net),
        money((y) => y.cumulative),
        money((y) => y.presentValue),
      ];
      const customers = (v: number) => formatFixed(v, fmt.style.locale, 1);
      return [
        ...riskTable(w, view),
        {
          id: 'roi-years',
          title: w.yearsTitle,
          head: [w.colYear, w.colBaseline, w.colWithProgramme, w.colBenefits, w.colCosts, w.colNet, w.colCumulative, w.colPresentValue],
          rows: result.years.map((y, i) => [
            String(y.year),
            customers(y.customersBaseline),
            customers(y.customersWithProgramme),
            ...columns.map((column) => column[i] ?? ''),
          ]),
          csvHead: [
            w.colYear,
            w.colBaseline,
            w.colWithProgramme,
            ...[w.colBenefits, w.colCosts, w.colNet, w.colCumulative, w.colPresentValue].map((head) => `${head} (${c})`),
          ],
          csv: result.years.map((y) => [
            y.year,
            roundTo(y.customersBaseline, 1),
            roundTo(y.customersWithProgramme, 1),
            ...[y.benefit, y.cost, y.net, y.cumulative, y.presentValue].map((v) => csvFigure(v, 'money', c)[0]),
          ]),
        },
      ];
    },
    summary: (view) =>
      fillWords(w.summary, { npv: view.fmt.money(view.result.npv), roi: roiText(w, view.result.roi, view.fmt), payback: payback(w, view) }),
  };
}

/**
 * The definition the business case's worker uses: the default language's words, without the
 * working and the CSV rows, which a business case never shows (so the worker leaves their code out).
 */
export const roiCaseDefinition: RoiCaseDefinition = /* @__PURE__ */ roiViewIn(
  /* @__PURE__ */ joined(ROI_VIEW_WORDS, ROI_RULE_WORDS),
  'en',
  ROI_FORM,
);
