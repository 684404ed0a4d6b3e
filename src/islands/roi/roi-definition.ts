// How the CX ROI calculator presents its result: headline numbers, the working, the charts, the
// year-by-year table and the announcement. The math is in src/calculators/roi/; this file formats it.
// The ranges section (RoiExtra.tsx, React) is attached by RoiCalculator.tsx, not here: the business
// case's worker loads this definition, and a worker has no use for React.
import { calculateRoi, type RoiFigures, type RoiResult } from '../../calculators/roi/calculate.ts';
import { roiCashChart, roiTornadoChart } from '../../calculators/roi/chart.ts';
import { fieldSpecs } from '../../calculators/shared/fields.ts';
import { ROI_FIELDS, ROI_FORM, type RoiInput, type RoiInputKey } from '../../calculators/roi/fields.ts';
import { csvFigure, figuresRow, type FigureUnit } from '../../lib/browser/csv.ts';
import { formatFixed, roundTo } from '../../shared/format.ts';
import type { CalculatorDefinition, TableSpec, ViewContext } from '../calculator/types.ts';

type View = ViewContext<RoiInput, RoiResult>;

/** The payback period in words. */
export function payback({
  input,
  result,
  fmt,
}: Pick<View, 'input' | 'fmt'> & { result: Pick<RoiFigures, 'paybackMonths'>; labels?: unknown }): string {
  if (result.paybackMonths === null) return `not within the horizon of ${fmt.count(input.horizon, 'year', 0)}`;
  if (result.paybackMonths === 0) return '0 months: the net flow never falls below zero';
  return fmt.count(result.paybackMonths, 'month');
}

/** The risk-adjusted figures beside the unadjusted ones, when a benefit line has a risk adjustment. */
function riskTable(view: View): TableSpec[] {
  const { result, fmt } = view;
  const before = result.unadjusted;
  if (!before) return [];
  type Row = [string, (f: RoiFigures) => string, (f: RoiFigures) => number | null, FigureUnit];
  const rows: Row[] = [
    ['Total benefits', (f) => fmt.money(f.totalBenefits), (f) => f.totalBenefits, 'money'],
    ['PV of benefits', (f) => fmt.money(f.pvBenefits), (f) => f.pvBenefits, 'money'],
    ['Net present value (NPV)', (f) => fmt.money(f.npv), (f) => f.npv, 'money'],
    ['ROI (undiscounted)', (f) => roiText(f.roi, fmt), (f) => f.roi, 'share'],
    ['ROI (discounted)', (f) => roiText(f.roiDiscounted, fmt), (f) => f.roiDiscounted, 'share'],
    ['Payback', (f) => payback({ ...view, result: f }), (f) => f.paybackMonths, 'months'],
  ];
  return [
    {
      id: 'roi-risk',
      title: 'Risk-adjusted and unadjusted',
      head: ['Figure', 'Unadjusted', 'Risk-adjusted'],
      rows: rows.map(([label, text]) => [label, text(before), text(result)]),
      csvHead: ['Figure', 'Unadjusted', 'Risk-adjusted', 'Unit'],
      csv: rows.map(([label, , value, unit]) => figuresRow(label, [value(before) ?? '', value(result) ?? ''], unit, fmt.style.currency)),
    },
  ];
}

/** Each input's unit, so the sensitivity step writes 60% or €320 rather than a bare number. */
export const UNITS = new Map(fieldSpecs(ROI_FIELDS).map((s) => [s.key, s.unit]));

/** A driver's value in its input's unit, for the tornado's labels. */
export const driverValue = (fmt: View['fmt']) => (key: RoiInputKey, value: number) => fmt.unit(value, UNITS.get(key) ?? 'count');

/** An ROI as a percentage, or words when there are no costs. */
export const roiText = (value: number | null, fmt: View['fmt']) => (value === null ? 'no costs to compare with' : fmt.share(value));

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
        note:
          `Net flows over ${fmt.count(input.horizon, 'year', 0)}, discounted at ${fmt.percent(input.discountRate)} a year` +
          (result.riskAdjusted ? `; risk-adjusted (${fmt.money(result.unadjusted?.npv ?? result.npv)} before)` : ''),
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
  working: () => import('./roi-working.ts').then((m) => m.roiWorking),
  charts: ({ result, fmt, labels }) => [
    roiCashChart(result, fmt.money),
    roiTornadoChart(result, labels as Record<RoiInputKey, string>, fmt.money, driverValue(fmt)),
  ],
  csvRows: () => import('./roi-csv.ts').then((m) => m.roiSimulationRows),
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
      ...riskTable(view),
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
