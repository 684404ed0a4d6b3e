import type { ChartSpec, FormatValue } from '../shared/chart-spec.ts';
import type { RoiResult, RoiSensitivity } from './calculate.ts';
import type { RoiInputKey } from './fields.ts';
import type { RoiSimulation } from './monte-carlo.ts';

/** Benefits by source per year (stacked bars) and the cumulative net flow (line), money; years 0..T. */
export function roiCashChart(result: RoiResult, money: FormatValue): ChartSpec {
  const payback = result.paybackMonths;
  return {
    id: 'roi-cash',
    title: 'Benefits by source and cumulative net flow, by year',
    summary:
      `Benefits total ${money(result.totalBenefits)} against costs of ${money(result.totalCosts)}; ` +
      `the cumulative net flow ends at ${money(result.years.at(-1)?.cumulative ?? 0)}` +
      (payback === null ? ' and does not pay back within the horizon.' : '.'),
    kind: 'xy',
    categoryTitle: 'Year',
    categories: result.years.map((y) => `Year ${y.year}`),
    unit: 'money',
    series: [
      { label: 'Retention benefit', type: 'bar', stack: 'benefit', values: result.years.map((y) => y.retentionBenefit), tone: 0 },
      { label: 'Spend uplift benefit', type: 'bar', stack: 'benefit', values: result.years.map((y) => y.spendBenefit), tone: 1 },
      { label: 'Deflection saving', type: 'bar', stack: 'benefit', values: result.years.map((y) => y.deflectionBenefit), tone: 2 },
      { label: 'Cumulative net flow', type: 'line', values: result.years.map((y) => y.cumulative), tone: 3 },
    ],
  };
}

/** Formats a driver's value in its input's unit (e.g. "100%", "€320"). */
export type FormatDriver = (key: RoiInputKey, value: number) => string;

/**
 * Words for a driver whose -20% or +20% value left its valid range and was capped at the edge,
 * e.g. "+20% capped at 100%"; '' when neither side was capped.
 */
export function cappedNote(s: RoiSensitivity, driver: FormatDriver): string {
  const notes: string[] = [];
  if (s.lowCapped) notes.push(`-20% capped at ${driver(s.key, s.lowValue)}`);
  if (s.highCapped) notes.push(`+20% capped at ${driver(s.key, s.highValue)}`);
  return notes.join('; ');
}

/** A driver's label, with its cap in brackets when a side was capped: "Margin (+20% capped at 100%)". */
export function driverLabel(s: RoiSensitivity, labels: Record<RoiInputKey, string>, driver: FormatDriver): string {
  const note = cappedNote(s, driver);
  return note ? `${labels[s.key]} (${note})` : labels[s.key];
}

/**
 * The tornado: NPV with each driver at -20% and +20%, as bars from the base NPV, money. A driver
 * capped at its range's edge says so in its label (the axis, the tooltip and the table).
 */
export function roiTornadoChart(
  result: RoiResult,
  labels: Record<RoiInputKey, string>,
  money: FormatValue,
  driver: FormatDriver = (_key, value) => String(value),
): ChartSpec {
  const top = result.sensitivity[0];
  if (top?.source === 'range')
    return {
      id: 'roi-tornado',
      title: 'Sensitivity: NPV at the low and high end of each range you gave',
      summary:
        `The base NPV is ${money(result.npv)}. ` +
        (top.swing > 0
          ? `${labels[top.key]} moves it most: from ${money(top.npvLow)} at ${driver(top.key, top.lowValue)} to ${money(top.npvHigh)} at ${driver(top.key, top.highValue)}.`
          : 'No range changes it.'),
      kind: 'range',
      categoryTitle: 'Driver',
      categories: result.sensitivity.map((s) => `${labels[s.key]} (${driver(s.key, s.lowValue)} to ${driver(s.key, s.highValue)})`),
      unit: 'money',
      baseline: result.npv,
      series: [
        {
          label: 'NPV at the low end',
          type: 'bar',
          stack: 'tornado',
          values: result.sensitivity.map((s) => [result.npv, s.npvLow]),
          tone: 1,
        },
        {
          label: 'NPV at the high end',
          type: 'bar',
          stack: 'tornado',
          values: result.sensitivity.map((s) => [result.npv, s.npvHigh]),
          tone: 0,
        },
      ],
    };
  return {
    id: 'roi-tornado',
    title: 'Sensitivity: NPV with each driver 20% lower or higher',
    summary:
      `The base NPV is ${money(result.npv)}. ` +
      (top && top.swing > 0
        ? `${labels[top.key]} moves it most: from ${money(top.npvLow)} at -20% to ${money(top.npvHigh)} at +20%` +
          (cappedNote(top, driver) ? ` (${cappedNote(top, driver)}).` : '.')
        : 'No driver changes it.'),
    kind: 'range',
    categoryTitle: 'Driver',
    categories: result.sensitivity.map((s) => driverLabel(s, labels, driver)),
    unit: 'money',
    baseline: result.npv,
    series: [
      {
        label: 'NPV with the driver 20% lower',
        type: 'bar',
        stack: 'tornado',
        values: result.sensitivity.map((s) => [result.npv, s.npvLow]),
        tone: 1,
      },
      {
        label: 'NPV with the driver 20% higher',
        type: 'bar',
        stack: 'tornado',
        values: result.sensitivity.map((s) => [result.npv, s.npvHigh]),
        tone: 0,
      },
    ],
  };
}

/** How the histogram writes its numbers: money in full and as the bands' edges, a share 0-1, a count. */
export interface HistogramFormats {
  money: FormatValue;
  edge: FormatValue;
  share: FormatValue;
  count: FormatValue;
}

/** The simulation's NPV histogram: how many of the draws fall in each band of NPV. */
export function roiHistogramChart(sim: RoiSimulation, f: HistogramFormats): ChartSpec {
  return {
    id: 'roi-histogram',
    title: `NPV over ${f.count(sim.draws)} simulated cases`,
    summary:
      `Half the simulated cases have an NPV below ${f.money(sim.npv.p50)}; one in ten is below ${f.money(sim.npv.p10)} ` +
      `and one in ten above ${f.money(sim.npv.p90)}. ${f.share(sim.npvPositive)} have an NPV above zero.`,
    kind: 'xy',
    categoryTitle: 'NPV band',
    categories: sim.histogram.map((b) => (b.from === b.to ? f.edge(b.from) : `${f.edge(b.from)} to ${f.edge(b.to)}`)),
    unit: 'count',
    series: [{ label: 'Simulated cases', type: 'bar', values: sim.histogram.map((b) => b.count), tone: 0 }],
  };
}
