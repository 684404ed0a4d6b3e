// How the CX ROI calculator presents its result: headline numbers, the working, the charts, the
// year-by-year table and the announcement. The math is in src/calculators/roi/; this file formats it.
import { calculateRoi, SENSITIVITY_STEP, type RoiResult } from '../../calculators/roi/calculate.ts';
import { cappedNote, roiCashChart, roiTornadoChart } from '../../calculators/roi/chart.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import { ROI_FIELDS, ROI_FORM, type RoiInput, type RoiInputKey } from '../../calculators/roi/fields.ts';
import { csvFigure, roundTo } from '../../lib/browser/csv.ts';
import { formatFixed } from '../../shared/format.ts';
import type { CalculatorDefinition, ViewContext } from '../calculator/types.ts';

type View = ViewContext<RoiInput, RoiResult>;

function payback({ input, result, fmt }: View): string {
  if (result.paybackMonths === null) return `not within the horizon of ${fmt.count(input.horizon, 'year', 0)}`;
  if (result.paybackMonths === 0) return '0 months: the net flow never falls below zero';
  return fmt.count(result.paybackMonths, 'month');
}

/** Each input's unit, so the sensitivity step writes 60% or €320 rather than a bare number. */
const UNITS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s.unit]));

/** A driver's value in its input's unit, for the tornado's labels. */
const driverValue = (fmt: View['fmt']) => (key: RoiInputKey, value: number) => fmt.unit(value, UNITS.get(key) ?? 'count');

const roiText = (value: number | null, fmt: View['fmt']) => (value === null ? 'no costs to compare with' : fmt.share(value));

/** The CX ROI calculator's definition for the shared calculator island. */
export const roiDefinition: CalculatorDefinition<RoiInput, RoiResult> = {
  id: 'roi',
  form: ROI_FORM,
  calculate: calculateRoi,
  groups: [
    { legend: 'Your customer base today', keys: ['customers', 'revenuePerCustomer', 'margin', 'retention'] },
    { legend: 'What the programme changes', keys: ['retentionUplift', 'spendUplift', 'contactsPerYear', 'costPerContact', 'deflection'] },
    { legend: 'Costs and time', keys: ['investment', 'runningCost', 'horizon', 'discountRate'] },
  ],
  results: (view) => {
    const { input, result, fmt } = view;
    return [
      {
        id: 'npv',
        label: 'Net present value (NPV)',
        value: fmt.money(result.npv),
        emphasis: true,
        csv: result.npv,
        unit: 'money',
        note: `Net flows over ${fmt.count(input.horizon, 'year', 0)}, discounted at ${fmt.percent(input.discountRate)} a year`,
      },
      { id: 'payback', label: 'Payback', value: payback(view), csv: result.paybackMonths ?? '', unit: 'months' },
      { id: 'roi', label: 'ROI (undiscounted)', value: roiText(result.roi, fmt), csv: result.roi ?? '', unit: 'share' },
      {
        id: 'roi-discounted',
        label: 'ROI (discounted)',
        value: roiText(result.roiDiscounted, fmt),
        csv: result.roiDiscounted ?? '',
        unit: 'share',
      },
      { id: 'benefits', label: 'Total benefits', value: fmt.money(result.totalBenefits), csv: result.totalBenefits, unit: 'money' },
      { id: 'costs', label: 'Total costs', value: fmt.money(result.totalCosts), csv: result.totalCosts, unit: 'money' },
    ];
  },
  working: ({ input, result, fmt, labels }) => {
    const money = fmt.money;
    const y1 = result.years[1]!;
    const r = fmt.percent(input.retention);
    const rp = fmt.percent(input.retention + input.retentionUplift);
    const n = fmt.number(input.customers, 2);
    const rev = fmt.unit(input.revenuePerCustomer, 'money');
    const g = fmt.percent(input.margin);
    const d = fmt.percent(input.discountRate);
    const nets = result.years.map((y) => y.net);
    const cumulative = result.years.map((y) => y.cumulative);
    const lastNegative = cumulative.reduce((j, c, t) => (c < 0 ? t : j), -1);
    const top = result.sensitivity[0];
    const capped = result.sensitivity.filter((s) => s !== top && (s.lowCapped || s.highCapped));
    return [
      {
        label: 'Customers still there in year 1',
        formula: 'baseline N × r^t; with the programme N × (r + uplift)^t',
        substituted: `${n} × ${r}^1; ${n} × ${rp}^1`,
        result: `${fmt.number(y1.customersBaseline, 1)}; ${fmt.number(y1.customersWithProgramme, 1)}`,
      },
      {
        label: 'Benefit in year 1',
        formula: 'B(t) = [N (r + uplift)^t × R × (1 + u) − N r^t × R] × g + C × deflection × k',
        substituted: `[${fmt.number(y1.customersWithProgramme, 1)} × ${rev} × (1 + ${fmt.percent(input.spendUplift)}) − ${fmt.number(y1.customersBaseline, 1)} × ${rev}] × ${g} + ${fmt.number(input.contactsPerYear, 0)} × ${fmt.percent(input.deflection)} × ${fmt.unit(input.costPerContact, 'money')}`,
        result: money(y1.benefit),
      },
      {
        label: 'Net flow by year',
        formula: 'year 0: −I0; year t: B(t) − A',
        substituted: result.years.map((y) => `year ${y.year}: ${money(y.net)}`).join('; '),
        result: `cumulative at the end: ${money(cumulative.at(-1) ?? 0)}`,
      },
      {
        label: 'Net present value',
        formula: 'NPV = sum for t = 0 to T of net(t) / (1 + d)^t',
        substituted: nets.map((v, t) => (t === 0 ? money(v) : `${money(v)} / (1 + ${d})^${t}`)).join(' + '),
        result: money(result.npv),
      },
      {
        label: 'ROI (undiscounted)',
        formula: '(benefits − costs) / costs',
        substituted: `(${money(result.totalBenefits)} − ${money(result.totalCosts)}) / ${money(result.totalCosts)}`,
        result: roiText(result.roi, fmt),
      },
      {
        label: 'ROI (discounted)',
        formula: '(PV of benefits − PV of costs) / PV of costs',
        substituted: `(${money(result.pvBenefits)} − ${money(result.pvCosts)}) / ${money(result.pvCosts)}`,
        result: roiText(result.roiDiscounted, fmt),
      },
      // cumulative(j) is below zero, so cumulative(j+1) − cumulative(j) is written as cumulative(j+1) + |cumulative(j)|.
      {
        label: 'Payback',
        formula: 'last year j ending below zero; months = 12 × (j + |cumulative(j)| / (cumulative(j+1) + |cumulative(j)|))',
        substituted:
          result.paybackMonths === null
            ? `the cumulative net flow is ${money(cumulative.at(-1) ?? 0)} at the end of year ${input.horizon}, below zero`
            : lastNegative < 0
              ? 'the cumulative net flow never falls below zero'
              : `12 × (${lastNegative} + ${money(Math.abs(cumulative[lastNegative]!))} / (${money(cumulative[lastNegative + 1]!)} + ${money(Math.abs(cumulative[lastNegative]!))}))`,
        result: payback({ input, result, fmt, labels }),
      },
      {
        label: 'Sensitivity',
        formula: `NPV with one driver × ${1 - SENSITIVITY_STEP} and × ${1 + SENSITIVITY_STEP}, kept inside its range`,
        substituted: top
          ? `${labels[top.key] ?? top.key}: ${fmt.unit(top.lowValue, UNITS.get(top.key) ?? 'count')}` +
            `${top.lowCapped ? ' (-20% capped at the edge of its range)' : ''} → ${money(top.npvLow)}; ` +
            `${fmt.unit(top.highValue, UNITS.get(top.key) ?? 'count')}` +
            `${top.highCapped ? ' (+20% capped at the edge of its range)' : ''} → ${money(top.npvHigh)}` +
            capped.map((s) => `; ${labels[s.key] ?? s.key}: ${cappedNote(s, driverValue(fmt))}`).join('')
          : '',
        result: top ? `largest swing ${money(top.swing)}` : '',
      },
    ];
  },
  charts: ({ result, fmt, labels }) => [
    roiCashChart(result, fmt.money),
    roiTornadoChart(result, labels as Record<RoiInputKey, string>, fmt.money, driverValue(fmt)),
  ],
  tables: ({ result, fmt }) => {
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
      {
        id: 'roi-years',
        title: 'Year by year',
        head: [
          'Year',
          'Customers, baseline (expected)',
          'Customers, with programme (expected)',
          'Benefits',
          'Costs',
          'Net flow',
          'Cumulative net flow',
          'Present value',
        ],
        rows: result.years.map((y, i) => [
          String(y.year),
          customers(y.customersBaseline),
          customers(y.customersWithProgramme),
          ...columns.map((column) => column[i] ?? ''),
        ]),
        csvHead: [
          'Year',
          'Customers, baseline (expected)',
          'Customers, with programme (expected)',
          `Benefits (${c})`,
          `Costs (${c})`,
          `Net flow (${c})`,
          `Cumulative net flow (${c})`,
          `Present value (${c})`,
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
  summary: (view) => `NPV ${view.fmt.money(view.result.npv)}. ROI ${roiText(view.result.roi, view.fmt)}. Payback: ${payback(view)}.`,
};
